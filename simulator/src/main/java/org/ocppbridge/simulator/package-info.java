/**
 * The CSMS simulator and its JUnit recorder. {@link org.ocppbridge.simulator.CsmsSimulator} listens for stations;
 * each connection is a {@link org.ocppbridge.simulator.StationConnection} that records every frame, checks every
 * frame the station sends against OCPP 2.0.1 (Part 4 framing, the schemas, the boot rules) and offers bounded
 * waits for what comes next. It meets stations over the wire only and knows nothing of the bridge.
 */
package org.ocppbridge.simulator;
