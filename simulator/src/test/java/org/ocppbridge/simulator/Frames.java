package org.ocppbridge.simulator;

/** OCPP-J frames a test station sends. */
final class Frames {

    private Frames() {}

    static String boot(String messageId) {
        return "[2,\"" + messageId + "\",\"BootNotification\",{\"reason\":\"PowerUp\","
                + "\"chargingStation\":{\"model\":\"M1\",\"vendorName\":\"V\"}}]";
    }

    static String heartbeat(String messageId) {
        return "[2,\"" + messageId + "\",\"Heartbeat\",{}]";
    }
}
