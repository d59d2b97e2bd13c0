// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/OneShotBody.h"

#include <QFileInfo>

#include <cstring>

namespace Outpost {

OneShotBody::OneShotBody(QList<Piece> pieces, QObject *parent)
    : QIODevice(parent), m_pieces(std::move(pieces))
{
    for (const Piece &p : std::as_const(m_pieces)) {
        if (const auto *bytes = std::get_if<QByteArray>(&p))
            m_total += bytes->size();
        else
            m_total += QFileInfo(std::get<QString>(p)).size();
    }
    open(QIODevice::ReadOnly);
}

OneShotBody::~OneShotBody() = default;

qint64 OneShotBody::bytesAvailable() const
{
    return m_total - m_read + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    qint64 done = 0;
    while (done < maxSize && m_index < m_pieces.size()) {
        const Piece &piece = m_pieces.at(m_index);
        if (const auto *bytes = std::get_if<QByteArray>(&piece)) {
            const qint64 n = std::min(maxSize - done, bytes->size() - m_offset);
            std::memcpy(data + done, bytes->constData() + m_offset, size_t(n));
            done += n;
            m_offset += n;
            if (m_offset == bytes->size()) {
                ++m_index;
                m_offset = 0;
            }
            continue;
        }
        if (!m_file) {
            m_file = std::make_unique<QFile>(std::get<QString>(piece));
            if (!m_file->open(QIODevice::ReadOnly)) {
                setErrorString(m_file->errorString());
                return done > 0 ? done : -1;
            }
        }
        const qint64 n = m_file->read(data + done, maxSize - done);
        if (n < 0) {
            setErrorString(m_file->errorString());
            return done > 0 ? done : -1;
        }
        done += n;
        if (n == 0 || m_file->atEnd()) {
            m_file.reset();
            ++m_index;
        }
    }
    m_read += done;
    return done; // at the end: 0, and atEnd() is true
}

} // namespace Outpost
