package org.ocppbridge.mappings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.ocppbridge.mappings.ocpp.LogStatusNotificationRequest;
import org.ocppbridge.mappings.ocpp.UploadLogStatusEnumType;
import org.ocppbridge.mappings.system.LogStatus;
import org.ocppbridge.mappings.system.LogStatusEnum;

class LogStatusMappingTest {

    @Test
    void every_system_log_status_maps_to_the_OCPP_upload_status_of_its_name_and_back() {
        Bijections.assertSameNamesBothWays(
                LogStatusEnum.class,
                UploadLogStatusEnumType.class,
                LogStatusMapping::toOcpp,
                LogStatusMapping::toSystem);
    }

    @Test
    void every_status_carries_the_request_id_of_its_GetLog() {
        for (LogStatusEnum status : LogStatusEnum.values()) {
            LogStatusNotificationRequest notification = LogStatusMapping.toOcpp(new LogStatus(status, 9));
            assertEquals(new LogStatusNotificationRequest(LogStatusMapping.toOcpp(status), 9), notification);
            assertEquals(new LogStatus(status, 9), LogStatusMapping.toSystem(notification));
        }
    }

    @Test
    void TC_N_36_AcceptedCanceled_is_reported_with_the_cancelled_uploads_id() {
        assertEquals(
                new LogStatusNotificationRequest(UploadLogStatusEnumType.AcceptedCanceled, 1),
                LogStatusMapping.toOcpp(new LogStatus(LogStatusEnum.AcceptedCanceled, 1)));
    }

    @Test
    void the_system_no_request_marker_leaves_requestId_out() {
        LogStatusNotificationRequest notification =
                LogStatusMapping.toOcpp(new LogStatus(LogStatusEnum.Idle, RequestIds.NO_REQUEST_ID));
        assertNull(notification.requestId());
        assertEquals(
                RequestIds.NO_REQUEST_ID,
                LogStatusMapping.toSystem(notification).requestId());
    }
}
