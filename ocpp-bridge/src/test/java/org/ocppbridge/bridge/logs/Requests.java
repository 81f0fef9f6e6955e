package org.ocppbridge.bridge.logs;

import java.util.concurrent.TimeUnit;
import org.ocppbridge.bridge.system.Decision;
import org.ocppbridge.mappings.system.UploadLogsRequest;
import org.ocppbridge.mappings.system.UploadLogsResponse;

/** The log service's answer to a request, waited for (bounded) as the station does. */
final class Requests {

    private Requests() {}

    static Decision<UploadLogsResponse> decision(LocalLogService service, UploadLogsRequest request) throws Exception {
        return service.uploadLogs(request).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    static UploadLogsResponse upload(LocalLogService service, UploadLogsRequest request) throws Exception {
        return decision(service, request).answer();
    }
}
