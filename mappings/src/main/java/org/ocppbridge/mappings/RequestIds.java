package org.ocppbridge.mappings;

/**
 * Request ids between OCPP and the system.
 *
 * <p>The system marks "no request behind this status" with {@value #NO_REQUEST_ID} (EVerest's system API: a
 * firmware request without an id gets -1), and EVerest's System module takes the legacy, unsigned firmware path
 * for exactly that id. So the bridge never hands the system a negative id (a CSMS's negative requestId is refused:
 * the schema allows it, but passing it on could select the unsigned path), and a negative id on a status coming
 * back means "none", which OCPP writes by leaving {@code requestId} out (L01.FR.25).
 */
public final class RequestIds {

    /** The system's "no request" marker. */
    public static final int NO_REQUEST_ID = -1;

    private RequestIds() {}

    /** An OCPP requestId of a request → the system's; negative ids are refused. */
    public static int requestToSystem(int requestId) {
        if (requestId < 0) {
            throw new UnmappableValueException(
                    "requestId", "InvalidValue", "a negative requestId is the charger's 'no request' marker");
        }
        return requestId;
    }

    /** A system request id on a status → OCPP's optional requestId; negative means absent. */
    public static Integer statusToOcpp(int requestId) {
        return requestId < 0 ? null : requestId;
    }

    /** OCPP's optional requestId on a status → the system's; absent becomes {@value #NO_REQUEST_ID}. */
    public static int statusToSystem(Integer requestId) {
        return requestId == null || requestId < 0 ? NO_REQUEST_ID : requestId;
    }
}
