// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/RecipientMailboxes.h"

#include "settings/SettingsSalvage.h"

#include <QFileInfo>
#include <QSettings>

namespace Outpost {

namespace {
const QString group = QStringLiteral("recipientMailbox");
}

QString RecipientMailboxes::fileBeside(const QSettings &settings)
{
    const QFileInfo file(settings.fileName());
    return file.absolutePath() + u'/' + file.completeBaseName()
        + QStringLiteral(".recipient-mailboxes.ini");
}

RecipientMailboxes::RecipientMailboxes(QString file) : m_file(std::move(file))
{
    m_writer.setMaxThreadCount(1);
    m_writer.setExpiryTimeout(-1);
    // A damaged file is moved aside first, what can be read of it kept (SettingsSalvage).
    SettingsSalvage::check(m_file);
    // A small file, read once per process; nothing is written here.
    QSettings stored(m_file, QSettings::IniFormat);
    stored.beginGroup(group);
    for (const QString &key : stored.childKeys())
        m_byAddress.insert(key, stored.value(key).toString());
}

RecipientMailboxes::~RecipientMailboxes()
{
    waitForWrites();
}

QString RecipientMailboxes::keyOf(const QString &address)
{
    return address.trimmed().toLower().replace(u'/', u'_');
}

QString RecipientMailboxes::mailboxFor(const QString &address) const
{
    return m_byAddress.value(keyOf(address));
}

void RecipientMailboxes::remember(const QStringList &addresses, const QString &mailbox)
{
    QHash<QString, QString> changes;
    for (const QString &address : addresses) {
        const QString key = keyOf(address);
        if (!key.isEmpty() && m_byAddress.value(key) != mailbox)
            changes.insert(key, mailbox);
    }
    if (changes.isEmpty())
        return;
    m_byAddress.insert(changes);
    m_writer.start([file = m_file, changes] {
        QSettings stored(file, QSettings::IniFormat);
        stored.beginGroup(group);
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            stored.setValue(it.key(), it.value());
        stored.endGroup();
        stored.sync();
    });
}

void RecipientMailboxes::clear()
{
    m_byAddress.clear();
    m_writer.start([file = m_file] {
        QSettings stored(file, QSettings::IniFormat);
        stored.clear();
        stored.sync();
    });
}

void RecipientMailboxes::waitForWrites()
{
    m_writer.waitForDone();
}

} // namespace Outpost
