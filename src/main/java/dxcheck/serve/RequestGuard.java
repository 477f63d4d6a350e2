package dxcheck.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a request must show before it is answered. Bound to a loopback address, the server answers only requests
 * addressed to this computer — the Host header names localhost or a loopback address, in any of its forms (127.0.0.2,
 * [::1], [0:0:0:0:0:0:0:1], with or without a port) — so a web page elsewhere cannot point a name of its own at
 * 127.0.0.1 (DNS rebinding) and read the answers. And a check (POST) must come from the workbench itself or from a
 * program: it carries the header X-Dxcheck, which a cross-site form cannot send and a cross-site script can send only
 * after a preflight this server never grants, or its Origin is this server's own.
 */
final class RequestGuard {
    static final String MARK = "X-Dxcheck";
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

    private final boolean loopback;

    RequestGuard(InetAddress bound) {
        this.loopback = bound.isLoopbackAddress();
    }

    boolean hostAllowed(String host) {
        if (!loopback) {
            return true; // bound to another address: which names reach it is the office network's business
        }
        if (host == null) {
            return false;
        }
        String name = hostName(host.trim());
        if (name == null) {
            return false;
        }
        if (name.equalsIgnoreCase("localhost") || name.equalsIgnoreCase("localhost.")) {
            return true;
        }
        return isLoopbackLiteral(name);
    }

    /** The host part of a Host header (no port, IPv6 without brackets), or null when it is malformed. */
    private static String hostName(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            if (end < 0 || !(end == host.length() - 1 || host.charAt(end + 1) == ':')) {
                return null;
            }
            return host.substring(1, end);
        }
        int colon = host.indexOf(':');
        if (colon >= 0 && host.indexOf(':', colon + 1) >= 0) {
            return null; // an IPv6 address must be in brackets in a Host header
        }
        return colon < 0 ? host : host.substring(0, colon);
    }

    /** A literal address (never a name: nothing is looked up in DNS) that is a loopback address. */
    static boolean isLoopbackLiteral(String name) {
        boolean v6 = name.contains(":") && name.matches("[0-9A-Fa-f:.]+");
        if (!v6 && !IPV4.matcher(name).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(name).isLoopbackAddress();
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }

    /** The address --host names, for binding; a bracketed IPv6 address ([::1]) is accepted too. */
    static String bindAddress(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** A state-changing request from the workbench or a program, not from another site's page. */
    static boolean sameOriginOrMarked(String mark, String origin, String fetchSite, String host) {
        if (mark != null) {
            return true;
        }
        if (fetchSite != null) {
            return fetchSite.toLowerCase(Locale.ROOT).equals("same-origin");
        }
        return origin != null && host != null && origin.equalsIgnoreCase("http://" + host);
    }
}
