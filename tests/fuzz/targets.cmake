# SPDX-License-Identifier: GPL-3.0-or-later
# The fuzz targets, read by tests/fuzz/CMakeLists.txt (which builds fuzz_<name> from
# fuzz_<name>.cpp) and by cmake/OutpostFuzz.cmake (which runs each in CI over its seed corpus,
# tests/fuzz/corpus/<name>/, and for a short time-bounded libFuzzer run).
set(OUTPOST_FUZZ_TARGETS
    addresses # GMime's address-list parsing through AddressList
    mailto # MailtoUrl::parse (RFC 6068)
    platform_json # every reader of PlatformJson (the platform's answers)
    html_sanitizer # ConversationHtml::sanitize over gumbo: idempotent, nothing off the allow-list
    mime_roundtrip # MimeMessage built from a draft, parsed back by GMime, fields equal
    sandbox_multipart # the sandbox's multipart/form-data parser (uploads)
    sandbox_query # Graph $filter and $search, Gmail's q, as the sandbox parses them
    sandbox_requests # whole requests with JSON or multipart bodies through the running sandbox
)
