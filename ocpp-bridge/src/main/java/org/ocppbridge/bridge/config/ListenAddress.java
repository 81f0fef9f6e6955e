package org.ocppbridge.bridge.config;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * A TCP address to listen on, {@code HOST:PORT} or just {@code PORT} (then {@link #DEFAULT_HOST}); an IPv6 host is
 * written in brackets ({@code [::1]:7777}).
 */
public record ListenAddress(String host, int port) {

    /** Loopback only, unless a host is given explicitly: the system socket is for software on this machine. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    public ListenAddress {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be empty");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be from 0 to 65535");
        }
    }

    /** @throws IllegalArgumentException naming what is wrong with {@code text} */
    public static ListenAddress parse(String text) {
        String value = text.strip();
        int colon = value.lastIndexOf(':');
        String host = colon < 0 ? DEFAULT_HOST : value.substring(0, colon);
        String port = colon < 0 ? value : value.substring(colon + 1);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            throw new IllegalArgumentException("write an IPv6 host in brackets, e.g. [::1]:7777");
        }
        int number;
        try {
            number = Integer.parseInt(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the port must be a number, e.g. 127.0.0.1:7777");
        }
        if (number < 1 || number > 65_535) {
            throw new IllegalArgumentException("the port must be from 1 to 65535");
        }
        return new ListenAddress(host, number);
    }

    /** Whether the host is a loopback address (resolved now; a name that does not resolve is not loopback). */
    public boolean isLoopback() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    public InetSocketAddress toSocketAddress() {
        return new InetSocketAddress(host, port);
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
