// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QIODevice>
#include <QList>

#include <memory>
#include <variant>

namespace Outpost {

// A request body that can be read exactly once: bytes and files, one after the other, read
// from disk as they are sent. Qt 6.4's network stack silently sends a request again when a
// kept-alive connection drops before the answer; a body that cannot be rewound turns that
// into an error (ContentReSendError) instead, so a send without an idempotency key (Gmail,
// Graph) is never repeated behind our back: we decide, after asking the provider.
class OneShotBody : public QIODevice
{
    Q_OBJECT
public:
    using Piece = std::variant<QByteArray, QString>; // bytes, or the path of a file
    explicit OneShotBody(QList<Piece> pieces, QObject *parent = nullptr);
    ~OneShotBody() override;

    qint64 totalSize() const { return m_total; }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QList<Piece> m_pieces;
    qsizetype m_index = 0;
    qint64 m_offset = 0; // within the current byte piece
    std::unique_ptr<QFile> m_file;
    qint64 m_total = 0;
    qint64 m_read = 0;
};

} // namespace Outpost
