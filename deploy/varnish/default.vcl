vcl 4.1;
# Talent Portal's front cache: Varnish 7 (Debian's `varnish` package), between
# nginx (TLS, /static/ and /media/ from disk, X-Accel-Redirect for private
# files) and gunicorn. See docs/adr/ for why Varnish and how purging works.
#
# The application decides what may be shared: only responses whose
# Cache-Control has `s-maxage` are kept. The site purges on every content
# change through Wagtail's frontend_cache (talentportal/caching/).

include "backend.vcl";

sub vcl_recv {
    set req.backend_hint = app;

    # PURGE /en/openings/ drops that address with every query string
    # (?city=…&page=…); BAN drops everything for the host (navigation changed,
    # a page moved). Only the app servers may ask.
    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "PURGE") {
            ban("obj.http.x-cache-host == " + req.http.host +
                " && obj.http.x-cache-path == " + regsub(req.url, "\?.*$", ""));
        } else {
            ban("obj.http.x-cache-host == " + req.http.host);
        }
        return (synth(200, "Purged"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Public uploads are nginx's to serve from disk; private files leave the
    # application only after its permission check, never from here.
    if (req.url ~ "^/(media|_private)/") {
        return (synth(404, "Not found"));
    }
    if (req.http.Authorization) {
        return (pass);
    }
    # A session may mean a signed-in reader, and a messages cookie a one-off
    # notice: the application answers those itself. Every other cookie
    # (csrftoken, analytics) changes nothing on a public page, so it is
    # dropped and the reader shares everyone's copy; the app's `Vary: Cookie`
    # then compares an absent header with an absent header.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    unset req.http.Cookie;
    # One stored copy per encoding, each made once by the application
    # (talentportal/caching/ stores pages already compressed). Left to itself,
    # Varnish would fetch only the gzip copy and gunzip it again for every
    # reader whose client does not accept gzip.
    # The same test as the application's (Django's GZipMiddleware).
    if (req.http.Accept-Encoding ~ "\bgzip\b") {
        set req.http.X-Page-Encoding = "gzip";
    } else {
        set req.http.X-Page-Encoding = "identity";
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.http.X-Page-Encoding);
}

sub vcl_backend_fetch {
    if (bereq.http.X-Page-Encoding == "gzip") {
        set bereq.http.Accept-Encoding = "gzip";
    } elsif (bereq.http.X-Page-Encoding) {
        unset bereq.http.Accept-Encoding;
    }
    unset bereq.http.X-Page-Encoding;
}

sub vcl_backend_response {
    # Remembered with the object, so a purge can find it by address.
    set beresp.http.x-cache-host = bereq.http.host;
    set beresp.http.x-cache-path = regsub(bereq.url, "\?.*$", "");

    # Never keep what the application did not mark for shared caches, what
    # sets a cookie, or a private file handed to nginx.
    if (beresp.http.Set-Cookie || beresp.http.X-Accel-Redirect ||
        (beresp.http.Cache-Control !~ "s-maxage=" && bereq.url !~ "^/static/")) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Errors of the moment are not kept for the full lifetime.
    if (beresp.status >= 500) {
        set beresp.uncacheable = true;
        set beresp.ttl = 5s;
        return (deliver);
    }
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-cache-host;
    unset resp.http.x-cache-path;
    if (obj.hits > 0) {
        set resp.http.X-Front-Cache = "hit";
    } else {
        set resp.http.X-Front-Cache = "miss";
    }
}
