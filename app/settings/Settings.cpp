// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/Settings.h"

#include "settings/RecipientMailboxes.h"

#include "providers/ProviderRegistry.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>

#include <algorithm>

namespace Outpost {

namespace {
QString key(QStringView group, const QString &name)
{
    return group.toString() + u'/' + name;
}

void setOrRemove(QSettings *store, const QString &key, const QString &value)
{
    // An empty value means "the default": no key left behind to shadow a future default.
    if (value.trimmed().isEmpty())
        store->remove(key);
    else
        store->setValue(key, value.trimmed());
}
} // namespace

Settings::Settings(QSettings *store)
    : m_owned(store ? nullptr : std::make_unique<QSettings>())
    , m_store(store ? store : m_owned.get())
{
}

Settings::~Settings() = default;

RecipientMailboxes &Settings::recipientMailboxes() const
{
    if (!m_recipientMailboxes)
        m_recipientMailboxes
            = std::make_unique<RecipientMailboxes>(RecipientMailboxes::fileBeside(*m_store));
    return *m_recipientMailboxes;
}

QString Settings::addressKey(const QString &address)
{
    return address.trimmed().toLower().replace(u'/', u'_');
}

QString Settings::defaultMailbox() const
{
    return m_store->value(defaultMailboxKey.toString()).toString();
}

void Settings::setDefaultMailbox(const QString &address)
{
    setOrRemove(m_store, defaultMailboxKey.toString(), address);
}

int Settings::undoSeconds() const
{
    const int seconds = m_store->value(undoSecondsKey.toString(), defaultUndoSeconds).toInt();
    return std::clamp(seconds, 0, maxUndoSeconds);
}

void Settings::setUndoSeconds(int seconds)
{
    m_store->setValue(undoSecondsKey.toString(), std::clamp(seconds, 0, maxUndoSeconds));
}

QString Settings::spellingLanguage(const QString &mailbox) const
{
    return m_store->value(key(spellingLanguageGroup, addressKey(mailbox))).toString();
}

void Settings::setSpellingLanguage(const QString &mailbox, const QString &language)
{
    if (!addressKey(mailbox).isEmpty())
        setOrRemove(m_store, key(spellingLanguageGroup, addressKey(mailbox)), language);
}

bool Settings::richText() const
{
    return m_store->value(richTextKey.toString(), true).toBool();
}

void Settings::setRichText(bool rich)
{
    m_store->setValue(richTextKey.toString(), rich);
}

Settings::RemoteImages Settings::remoteImages() const
{
    return m_store->value(remoteImagesKey.toString()).toString() == u"load" ? RemoteImages::Load
                                                                            : RemoteImages::Ask;
}

void Settings::setRemoteImages(RemoteImages policy)
{
    m_store->setValue(remoteImagesKey.toString(),
        policy == RemoteImages::Load ? QStringLiteral("load") : QStringLiteral("ask"));
}

qint64 Settings::maxMessageMB(Outpost::Provider provider) const
{
    bool ok = false;
    const qint64 mb
        = m_store->value(maxMessageGroup.toString() + QLatin1Char('/') + providerName(provider))
              .toLongLong(&ok);
    return ok && mb > 0 ? mb : 0;
}

QString Settings::attachFolder() const
{
    for (const QString &folder : {m_store->value(attachFolderKey.toString()).toString(),
             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)}) {
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return folder;
    }
    return QDir::homePath();
}

void Settings::setAttachFolder(const QString &folder)
{
    setOrRemove(m_store, attachFolderKey.toString(), folder);
}

QString Settings::uiLanguage() const
{
    return m_store->value(uiLanguageKey.toString()).toString();
}

void Settings::setUiLanguage(const QString &language)
{
    setOrRemove(m_store, uiLanguageKey.toString(), language);
}

QStringList Settings::providerNames()
{
    QStringList names;
    for (const ProviderInfo &row : ProviderRegistry::all())
        names += row.oauthProfileName;
    return names;
}

Settings::Provider Settings::provider(const QString &name) const
{
    const QString group = key(oauthGroup, name) + u'/';
    return {m_store->value(group + u"clientId").toString(),
        m_store->value(group + u"authUrl").toString(),
        m_store->value(group + u"tokenUrl").toString(),
        m_store->value(group + u"revokeUrl").toString()};
}

void Settings::setProvider(const QString &name, const Provider &provider)
{
    const QString group = key(oauthGroup, name) + u'/';
    setOrRemove(m_store, group + u"clientId", provider.clientId);
    setOrRemove(m_store, group + u"authUrl", provider.authUrl);
    setOrRemove(m_store, group + u"tokenUrl", provider.tokenUrl);
    setOrRemove(m_store, group + u"revokeUrl", provider.revokeUrl);
}

} // namespace Outpost
