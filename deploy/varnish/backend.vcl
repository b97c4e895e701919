# Where the application listens, and who may purge: the app servers.
# make bench and the integration test put their own backend.vcl first on
# Varnish's vcl_path; production edits this one (one `backend` per app server,
# with a director, and each app server's address in `purgers`).

backend app {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 35s;
    .between_bytes_timeout = 35s;
    .probe = {
        .url = "/healthz";
        .interval = 5s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
    }
}

acl purgers {
    "127.0.0.1";
    "::1";
}
