package org.ocppbridge.simulator.conformance;

/**
 * The security profile (Part 4 §2) the runner serves a launched case with. The station gets the matching flags
 * (see {@link SecurityMaterial#flags}); a case with a profile runs in launch mode only.
 */
public enum CaseSecurity {
    /** ws:// without authentication: what the other cases use. */
    NONE,
    /** Profile 1: ws:// with HTTP Basic authentication, the password {@link SecurityMaterial#PASSWORD}. */
    BASIC_AUTH,
    /** Profile 3: wss:// with the simulator's CA, and a client certificate the CA issued for the station. */
    CLIENT_CERTIFICATE
}
