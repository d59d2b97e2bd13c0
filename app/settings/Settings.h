// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mail/Mailbox.h"

#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace Outpost {

class RecipientMailboxes;

// Outpost's preferences, with every key in one place. Kept with QSettings (the application's
// file unless a test passes its own); never a secret: tokens live in the keychain. One object
// per process, made where the program starts (GuiLauncher, the command line) and handed to
// what needs it: nothing below reads QSettings on its own.
class Settings
{
public:
    // Keys shared with the code that reads them.
    static constexpr QStringView defaultMailboxKey = u"compose/defaultMailbox";
    static constexpr QStringView undoSecondsKey = u"send/undoSeconds"; // MailWindows, Outbox
    static constexpr QStringView spellingLanguageGroup = u"spellingLanguage"; // per mailbox
    static constexpr QStringView remoteImagesKey = u"conversation/remoteImages";
    static constexpr QStringView richTextKey = u"compose/richText"; // new mail, MailWindows
    static constexpr QStringView uiLanguageKey = u"ui/language";
    static constexpr QStringView attachFolderKey = u"compose/attachFolder";
    static constexpr QStringView maxMessageGroup = u"attachments/maxMessageMB"; // …/<provider>
    static constexpr QStringView oauthGroup = u"oauth"; // oauth/<provider>/<field>, OAuthProfile

    static constexpr int maxUndoSeconds = 30;
    static constexpr int defaultUndoSeconds = 5;

    // What the conversation view does with images a message loads from the internet.
    enum class RemoteImages {
        Ask, // hidden until the reader shows them for a message or trusts its sender
        Load, // always shown (they tell the sender when and where the mail was read)
    };

    // A provider's endpoints and client id for direct sending; empty: the built-in default.
    struct Provider
    {
        QString clientId;
        QString authUrl;
        QString tokenUrl;
        QString revokeUrl;
        bool operator==(const Provider &) const = default;
    };

    explicit Settings(QSettings *store = nullptr); // nullptr: the application's settings
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    QSettings *store() const { return m_store; }
    // Which mailbox was last used with each recipient, kept beside the settings' file (read
    // the first time it is asked for).
    RecipientMailboxes &recipientMailboxes() const;

    QString defaultMailbox() const; // empty: the first connected one
    void setDefaultMailbox(const QString &address);

    int undoSeconds() const; // 0 to maxUndoSeconds
    void setUndoSeconds(int seconds);

    QString spellingLanguage(const QString &mailbox) const; // empty: not chosen
    void setSpellingLanguage(const QString &mailbox, const QString &language);

    // New mail starts in rich text (true, the default) or plain text.
    bool richText() const;
    void setRichText(bool rich);

    RemoteImages remoteImages() const;
    void setRemoteImages(RemoteImages policy);

    // A message size limit the user's administrator set (Exchange Online's can be raised to
    // 150 MB), in MB; 0: the provider's default from SendLimits.
    qint64 maxMessageMB(Outpost::Provider provider) const;

    // Where Attach opens: the folder files were last attached from, while it exists; else
    // Documents, else the home folder (not the folder Outpost happened to start in).
    QString attachFolder() const;
    void setAttachFolder(const QString &folder);

    QString uiLanguage() const; // e.g. "de"; empty: the system's
    void setUiLanguage(const QString &language);

    static QStringList providerNames(); // google, microsoft
    Provider provider(const QString &name) const;
    void setProvider(const QString &name, const Provider &provider);

    // How an address is spelled in a key: case-insensitive, no '/' (it would nest groups).
    static QString addressKey(const QString &address);

private:
    std::unique_ptr<QSettings> m_owned;
    QSettings *m_store;
    mutable std::unique_ptr<RecipientMailboxes> m_recipientMailboxes;
};

} // namespace Outpost
