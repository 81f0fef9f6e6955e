package org.ocppbridge.mappings.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The written-out equals and hashCode mean what a record's generated ones mean: every component counts. */
class FirmwareUpdateStatusTest {

    @Test
    void equal_exactly_when_every_component_is_equal() {
        FirmwareUpdateStatus status = new FirmwareUpdateStatus(FirmwareUpdateStatusEnum.Downloading, 7);

        assertEquals(status, new FirmwareUpdateStatus(FirmwareUpdateStatusEnum.Downloading, 7));
        assertEquals(status.hashCode(), new FirmwareUpdateStatus(FirmwareUpdateStatusEnum.Downloading, 7).hashCode());
        assertNotEquals(status, new FirmwareUpdateStatus(FirmwareUpdateStatusEnum.Downloaded, 7));
        assertNotEquals(status, new FirmwareUpdateStatus(FirmwareUpdateStatusEnum.Downloading, 8));
        assertNotEquals(status, null);
        assertNotEquals(status, "Downloading");
    }

    @Test
    void equals_compares_every_component_the_record_has() {
        // A component added to the record must be added to equals and hashCode too; this list fails until it is.
        List<String> compared = List.of("firmwareUpdateStatus", "requestId");

        assertEquals(
                compared,
                Arrays.stream(FirmwareUpdateStatus.class.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList());
    }
}
