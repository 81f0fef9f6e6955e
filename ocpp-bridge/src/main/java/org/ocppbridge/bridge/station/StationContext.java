package org.ocppbridge.bridge.station;

import com.google.gson.Gson;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import org.ocppbridge.bridge.rpc.RpcSession;

/**
 * What every part of one station shares, so that no part's constructor lists them one by one: the core thread
 * that owns the protocol state (and runs the timers), the clock, the RPC session of this life, the one JSON
 * binding, and the observer of lifecycle events. Built once by {@link Station}.
 *
 * <p>The outbox is not in it: it is a part built from the context, handed to the few parts that queue
 * notifications.
 */
record StationContext(
        ScheduledExecutorService core, Clock clock, RpcSession rpc, Gson gson, StationObserver observer) {}
