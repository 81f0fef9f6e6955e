package org.ocppbridge.mappings;

import org.junit.jupiter.api.Test;
import org.ocppbridge.mappings.ocpp.BootReasonEnumType;
import org.ocppbridge.mappings.system.BootReason;

class BootMappingTest {

    @Test
    void every_boot_reason_maps_to_the_OCPP_reason_of_its_name_and_back() {
        Bijections.assertSameNamesBothWays(
                BootReason.class, BootReasonEnumType.class, BootMapping::toOcpp, BootMapping::toSystem);
    }
}
