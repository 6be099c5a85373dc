package org.rtkconformance.adapter.api;

/** Renders raw call arguments the way C source names them, for call descriptions. */
final class CallText {

    private CallText() {
    }

    static String access(int desiredAccess) {
        switch (desiredAccess) {
            case RtkConstants.SHM_MAP_READ:
                return "SHM_MAP_READ";
            case RtkConstants.SHM_MAP_WRITE:
                return "SHM_MAP_WRITE";
            default:
                return "0x" + Integer.toHexString(desiredAccess).toUpperCase(java.util.Locale.ROOT);
        }
    }

    static String protect(int protect) {
        switch (protect) {
            case RtkConstants.PAGE_READONLY:
                return "PAGE_READONLY";
            case RtkConstants.PAGE_READWRITE:
                return "PAGE_READWRITE";
            default:
                return "0x" + Integer.toHexString(protect).toUpperCase(java.util.Locale.ROOT);
        }
    }

    static String bool(byte value) {
        switch (value) {
            case RtkConstants.FALSE:
                return "FALSE";
            case RtkConstants.TRUE:
                return "TRUE";
            default:
                return "(BOOLEAN)" + Byte.toUnsignedInt(value);
        }
    }
}
