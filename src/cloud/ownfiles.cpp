#include "cloud/ownfiles.h"

#include "certs/dockertlsfiles.h"
#include "certs/dockertlsstore.h"
#include "certs/x509.h"
#include "cloud/journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dockervm::cloud {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dockervm::cloud::OwnFiles)
};

QString cleanDir(const QString &dir)
{
    return QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
}
} // namespace

LocalRemoval removeOwnFile(const QString &path, const QByteArray &sha256)
{
    const QFileInfo info(path);
    const bool exists = info.exists() || info.isSymLink();
    if (sha256.isEmpty()) {
        if (!exists)
            return {LocalRemoval::Outcome::NotMade, {}};
        return {
            LocalRemoval::Outcome::Kept,
            Tr::tr("this run did not record writing it (it may belong to another run or to you)")};
    }
    if (!exists)
        return {LocalRemoval::Outcome::AlreadyGone, {}};
    if (info.isSymLink() || !info.isFile())
        return {LocalRemoval::Outcome::Kept,
                Tr::tr("it was replaced by something that is not a file")};
    const auto now = certs::tlsfiles::fileSha256(path);
    if (!now)
        return {LocalRemoval::Outcome::Failed,
                Tr::tr("it cannot be read to check it is this run's")};
    if (*now != sha256)
        return {LocalRemoval::Outcome::Kept, Tr::tr("changed since this run wrote it")};
    QFile file(path);
    if (!file.remove())
        return {LocalRemoval::Outcome::Failed, file.errorString()};
    return {LocalRemoval::Outcome::Removed, {}};
}

bool isSharedTlsFile(const QString &path)
{
    namespace f = certs::tlsfiles;
    const QString name = QFileInfo(path).fileName();
    return name == f::caFileName() || name == f::caKeyFileName() ||
           name == f::clientCertFileName() || name == f::clientKeyFileName();
}

QString sharedTlsFilesInUse(const QString &certDir, const QString &journalDir,
                            const QString &ownJournalPath)
{
    namespace f = certs::tlsfiles;
    const QDir dir(certDir);
    const auto caPem = f::readFile(dir.filePath(f::caFileName()), nullptr);
    QStringList hosts;
    const QStringList servers = dir.entryList({QStringLiteral("*") + f::serverCertSuffix()},
                                              QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : servers) {
        const auto pem = f::readFile(dir.filePath(name), nullptr);
        // Signed by another CA: not a user of ours. Unreadable: assume it is.
        if (caPem && pem && !certs::isIssuedBy(*pem, *caPem, nullptr))
            continue;
        hosts << name.chopped(f::serverCertSuffix().size());
    }
    if (!hosts.isEmpty())
        return Tr::tr("used by %1 (its server certificate in this folder is signed by this CA)")
            .arg(hosts.join(QStringLiteral(", ")));
    const QString own = cleanDir(certDir);
    QStringList runs;
    for (const Journal &j : Journal::unfinished(journalDir)) {
        if (QFileInfo(j.path()).absoluteFilePath() == QFileInfo(ownJournalPath).absoluteFilePath())
            continue;
        if (cleanDir(j.spec().effectiveCertDir()) == own)
            runs << j.spec().hostName();
    }
    if (!runs.isEmpty())
        return Tr::tr("the unfinished run for %1 uses this folder too")
            .arg(runs.join(QStringLiteral(", ")));
    return {};
}

LocalRemoval removeOwnFolder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {LocalRemoval::Outcome::AlreadyGone, {}};
    if (!info.isDir() || info.isSymLink())
        return {LocalRemoval::Outcome::Kept,
                Tr::tr("it was replaced by something that is not a folder")};
    const QDir dir(path);
    const qsizetype left =
        dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot).size();
    if (left > 0)
        return {LocalRemoval::Outcome::Kept,
                QCoreApplication::translate("dockervm::cloud::OwnFiles",
                                            "it is not empty (%n entries)", nullptr, int(left))};
    if (!QDir().rmdir(path))
        return {LocalRemoval::Outcome::Failed, Tr::tr("it cannot be removed")};
    return {LocalRemoval::Outcome::Removed, {}};
}

} // namespace dockervm::cloud
