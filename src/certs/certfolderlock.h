#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace dockervm::certs {

// Serialises the runs that write or remove files in one Docker TLS folder: a QLockFile
// (`<folder>/.docker-vm.lock`) holding the owner's pid, program and host. A lock whose process is
// gone is stale and taken over; a living holder is never timed out (RSA 4096 takes a while).
// Callers on the event loop poll tryLock() (the Provisioner on a timer, saying who it waits for),
// so nothing blocks it; worker threads may wait in short slices. Not recursive: one holder per
// folder, also within a process.
class CertFolderLock
{
public:
    explicit CertFolderLock(const QString &dir);
    ~CertFolderLock();
    CertFolderLock(const CertFolderLock &) = delete;
    CertFolderLock &operator=(const CertFolderLock &) = delete;

    // False when another living process (or another lock in this one) holds it (heldByOther()),
    // or when the lock file cannot be made (errorString()).
    // waitMs > 0 blocks up to that long: only for worker threads.
    bool tryLock(int waitMs = 0);
    void unlock();
    bool isLocked() const;
    bool heldByOther() const;
    QString path() const { return m_path; }
    // Translated: "docker-vm (process 1234 on myhost)"; after a failed tryLock().
    QString holder() const;
    // Translated, names the lock file and the cause; after a failed tryLock() not heldByOther().
    QString errorString() const;

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace dockervm::certs
