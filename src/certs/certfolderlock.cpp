#include "certs/certfolderlock.h"

#include "certs/dockertlsfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>

namespace dockervm::certs {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dockervm::certs::CertFolderLock)
};
} // namespace

CertFolderLock::CertFolderLock(const QString &dir)
    : m_path(QDir(dir).filePath(tlsfiles::lockFileName())),
      m_lock(std::make_unique<QLockFile>(m_path))
{
    // Stale only when its process is gone: a living run may hold it for many seconds.
    m_lock->setStaleLockTime(0);
}

CertFolderLock::~CertFolderLock() = default;

bool CertFolderLock::tryLock(int waitMs)
{
    return m_lock->isLocked() || m_lock->tryLock(waitMs);
}

void CertFolderLock::unlock()
{
    if (m_lock->isLocked())
        m_lock->unlock();
}

bool CertFolderLock::isLocked() const
{
    return m_lock->isLocked();
}

bool CertFolderLock::heldByOther() const
{
    return m_lock->error() == QLockFile::LockFailedError;
}

QString CertFolderLock::holder() const
{
    qint64 pid = 0;
    QString host, app;
    if (m_lock->getLockInfo(&pid, &host, &app))
        return Tr::tr("%1 (process %2 on %3)")
            .arg(app.isEmpty() ? QStringLiteral("docker-vm") : app)
            .arg(pid)
            .arg(host);
    return Tr::tr("another docker-vm run");
}

QString CertFolderLock::errorString() const
{
    return m_lock->error() == QLockFile::PermissionError
               ? Tr::tr(
                     "Cannot create the lock file %1: permission denied. Check that the folder is "
                     "yours and writable.")
                     .arg(tlsfiles::native(m_path))
               : Tr::tr("Cannot create the lock file %1. Check that the folder exists and is "
                        "writable.")
                     .arg(tlsfiles::native(m_path));
}

} // namespace dockervm::certs
