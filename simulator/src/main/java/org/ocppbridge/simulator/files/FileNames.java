package org.ocppbridge.simulator.files;

/** File names taken from what a client sent, made safe to store. */
final class FileNames {

    private FileNames() {}

    /** The {@code filename} of a Content-Disposition header, else the last segment of the path. */
    static String fromContentDisposition(String header, String path) {
        if (header != null) {
            int at = header.toLowerCase(java.util.Locale.ROOT).indexOf("filename=");
            if (at >= 0) {
                String value = header.substring(at + "filename=".length()).trim();
                int semicolon = value.indexOf(';');
                if (semicolon >= 0 && !value.startsWith("\"")) {
                    value = value.substring(0, semicolon);
                }
                if (value.startsWith("\"")) {
                    int end = value.indexOf('"', 1);
                    value = end > 0 ? value.substring(1, end) : value.substring(1);
                }
                return value;
            }
        }
        String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        return last;
    }

    /** Only the base name, and never empty, dot or dot-dot. */
    static String safe(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return base.isEmpty() || base.equals(".") || base.equals("..") ? "upload.bin" : base;
    }
}
