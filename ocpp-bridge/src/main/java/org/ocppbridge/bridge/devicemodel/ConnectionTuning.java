package org.ocppbridge.bridge.devicemodel;

/**
 * What OCPPCommCtrlr changes in the connection to the CSMS (the runtime hands the transport's back-off and ping
 * interval in behind it). Called on the core thread.
 */
public interface ConnectionTuning {

    /** RetryBackOffWaitMinimum, RetryBackOffRandomRange (seconds) and RetryBackOffRepeatTimes: from the next reconnect on. */
    void retryBackOff(int waitMinimumSeconds, int randomRangeSeconds, int repeatTimes);

    /** WebSocketPingInterval (seconds), at once, also on the open connection; 0 turns client pings off. */
    void webSocketPingInterval(int seconds);
}
