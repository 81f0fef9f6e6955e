package org.ocppbridge.mappings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.ocppbridge.mappings.ocpp.FirmwareStatusEnumType;
import org.ocppbridge.mappings.ocpp.FirmwareStatusNotificationRequest;
import org.ocppbridge.mappings.system.FirmwareUpdateStatus;
import org.ocppbridge.mappings.system.FirmwareUpdateStatusEnum;

class FirmwareStatusMappingTest {

    @Test
    void every_system_status_maps_to_the_OCPP_status_of_its_name_and_back() {
        Bijections.assertSameNamesBothWays(
                FirmwareUpdateStatusEnum.class,
                FirmwareStatusEnumType.class,
                FirmwareStatusMapping::toOcpp,
                FirmwareStatusMapping::toSystem);
    }

    @Test
    void L01FR20_every_status_carries_the_request_id_of_its_update() {
        for (FirmwareUpdateStatusEnum status : FirmwareUpdateStatusEnum.values()) {
            FirmwareStatusNotificationRequest notification =
                    FirmwareStatusMapping.toOcpp(new FirmwareUpdateStatus(status, 42));
            // The expected status by its name (the statuses share their names), not by the mapping under test.
            assertEquals(
                    new FirmwareStatusNotificationRequest(FirmwareStatusEnumType.valueOf(status.name()), 42),
                    notification);
            assertEquals(new FirmwareUpdateStatus(status, 42), FirmwareStatusMapping.toSystem(notification));
        }
    }

    @Test
    void L01FR25_the_system_no_request_marker_leaves_requestId_out_and_comes_back_as_minus_one() {
        FirmwareStatusNotificationRequest notification = FirmwareStatusMapping.toOcpp(
                new FirmwareUpdateStatus(FirmwareUpdateStatusEnum.Idle, RequestIds.NO_REQUEST_ID));
        assertEquals(FirmwareStatusEnumType.Idle, notification.status());
        assertNull(notification.requestId());
        assertEquals(
                RequestIds.NO_REQUEST_ID,
                FirmwareStatusMapping.toSystem(notification).requestId());
    }

    @Test
    void request_id_zero_is_a_real_id() {
        assertEquals(
                0,
                FirmwareStatusMapping.toOcpp(new FirmwareUpdateStatus(FirmwareUpdateStatusEnum.Downloading, 0))
                        .requestId());
    }
}
