// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QSettings;

namespace Outpost {

struct Signature
{
    QString plain;
    QString html; // empty: the plain one, as paragraphs
    bool isEmpty() const { return plain.trimmed().isEmpty() && html.trimmed().isEmpty(); }
    bool operator==(const Signature &other) const = default;
};

// Each mailbox's signature (plain and HTML), kept in the settings (no secrets there).
class SignatureStore : public QObject
{
    Q_OBJECT
public:
    explicit SignatureStore(QSettings *settings, QObject *parent = nullptr);

    Signature signatureFor(const QString &address) const;
    void setSignature(const QString &address, const Signature &signature);

Q_SIGNALS:
    void changed(const QString &address);

private:
    static QString key(const QString &address);
    QSettings *m_settings;
};

} // namespace Outpost
