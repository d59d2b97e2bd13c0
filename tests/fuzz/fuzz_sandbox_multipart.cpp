// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's multipart/form-data parser (RFC 7578), which reads every upload sent to the
// stand-in platform. The input is `Content-Type value\nbody`. Properties: a boundary is found
// or a reason given; a body parses into parts or fails with a reason; each part's bytes are a
// piece of the body; a filename never keeps a path.
#include "FuzzSupport.h"

#include "sandbox/MultipartParser.h"

using namespace Outpost;
using namespace Outpost::Sandbox;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray contentType;
    QByteArray body;
    Fuzz::split(Fuzz::bytes(data, size), '\n', &contentType, &body);
    QString error;
    const QByteArray boundary = MultipartParser::boundary(contentType, &error);
    FUZZ_CHECK(!boundary.isEmpty() || !error.isEmpty(), QString::fromUtf8(contentType));
    QByteArray first;
    (void)MultipartParser::headerParameters(contentType, &first);
    if (boundary.isEmpty())
        return 0;
    const MultipartResult result = MultipartParser::parse(body, boundary);
    if (!result.ok())
        return 0;
    for (const MultipartPart &part : result.parts) {
        FUZZ_CHECK(body.contains(part.body), QString::fromUtf8(body));
        FUZZ_CHECK(!part.filename.contains(u'/') && !part.filename.contains(u'\\'), part.filename);
        FUZZ_CHECK(part.hasFilename || part.filename.isEmpty(), part.filename);
    }
    return 0;
}
