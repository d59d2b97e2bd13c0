// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SettingsSalvage.h"
#include "mail/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSettings>
#include <QStringDecoder>

namespace Outpost::SettingsSalvage {

namespace {
// Translation context of this file, as lupdate sees it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Outpost::SettingsSalvage)
};

QMutex mutex;
QList<Repair> repairs;

// Text a person or QSettings wrote: valid UTF-8 (QSettings writes INI files in UTF-8), no
// control character but tab and line ends.
bool isCleanText(const QByteArray &bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return false;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != u'\t' && c != u'\n' && c != u'\r')
            return false;
        if (c == QChar::ReplacementCharacter)
            return false;
    }
    return true;
}

bool isCleanValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList) {
        for (const QString &s : value.toStringList()) {
            if (!isCleanText(s.toUtf8()))
                return false;
        }
        return true;
    }
    if (value.typeId() == QMetaType::QString)
        return isCleanText(value.toString().toUtf8());
    return value.isValid(); // @Variant(…) and the like, decoded by QSettings
}

QString moveAside(const QString &path)
{
    const QString stamp = systemNow().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    return QFile::rename(path, target) ? target : QString();
}
} // namespace

std::optional<Repair> check(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.isDir())
        return std::nullopt;
    QFile file(path);
    bool damaged = !file.open(QIODevice::ReadOnly);
    if (!damaged) {
        const QByteArray bytes = file.readAll();
        damaged = file.error() != QFileDevice::NoError || !isCleanText(bytes);
        file.close();
    }
    if (!damaged) {
        QSettings settings(path, QSettings::IniFormat);
        damaged = settings.status() != QSettings::NoError;
    }
    if (!damaged)
        return std::nullopt;

    Repair repair;
    repair.file = path;
    repair.movedTo = moveAside(path);
    if (!repair.movedTo.isEmpty()) {
        const QSettings old(repair.movedTo, QSettings::IniFormat);
        QSettings fresh(path, QSettings::IniFormat);
        for (const QString &key : old.allKeys()) {
            const QVariant value = old.value(key);
            if (isCleanText(key.toUtf8()) && isCleanValue(value)) {
                fresh.setValue(key, value);
                ++repair.kept;
            } else {
                ++repair.dropped;
            }
        }
        fresh.sync();
    }
    const QMutexLocker lock(&mutex);
    repairs += repair;
    return repair;
}

QList<Repair> takeRepairs()
{
    const QMutexLocker lock(&mutex);
    return std::exchange(repairs, {});
}

QString describe(const Repair &r)
{
    const QString name = QFileInfo(r.file).fileName();
    if (r.movedTo.isEmpty())
        return Tr::tr("The settings file %1 cannot be read and cannot be moved aside: Outpost "
                      "uses its defaults and will not save settings there.")
            .arg(r.file);
    QString text = Tr::tr("The settings file %1 was damaged and has been replaced; %2 kept.")
                       .arg(name, Tr::tr("%n setting(s)", nullptr, r.kept));
    if (r.dropped > 0)
        text += u' ' + Tr::tr("%n could not be read and take their defaults.", nullptr, r.dropped);
    return text + u' ' + Tr::tr("The damaged copy is kept as %1.").arg(r.movedTo);
}

} // namespace Outpost::SettingsSalvage
