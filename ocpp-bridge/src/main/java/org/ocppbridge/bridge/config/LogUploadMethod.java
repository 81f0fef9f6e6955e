package org.ocppbridge.bridge.config;

/** The HTTP method of a log upload to an http(s) location of GetLog. */
public enum LogUploadMethod {
    PUT,
    POST
}
