#pragma once

#include <QByteArray>
#include <QString>

namespace dockervm::cloud {

// What removing one local entry of a journal came to. Rollback and `docker-vm cleanup` remove a
// file only when it still holds exactly what the run wrote (its journaled SHA-256), and never the
// CA or client files while another host uses them.
struct LocalRemoval
{
    enum class Outcome {
        Removed,     // it was there with this run's content and is gone now
        AlreadyGone, // recorded as written, but no longer there
        NotMade,     // planned only, never there: nothing to say
        Kept,        // stays on purpose; reason says why
        Failed,      // should go but could not; reason says why
    };
    Outcome outcome = Outcome::Kept;
    QString reason; // translated, for Kept and Failed
};

// Removes `path` when its content's SHA-256 is `sha256` (what this run wrote). An empty sha256
// means the run never recorded writing it: such a file is kept.
LocalRemoval removeOwnFile(const QString &path, const QByteArray &sha256);

// True for ca.pem, ca-key.pem, cert.pem and key.pem: the files every host of a folder shares.
bool isSharedTlsFile(const QString &path);

// Why the shared files of `certDir` must stay although this run wrote them: a server certificate
// in the folder signed by its CA (any, when ca.pem cannot be read), or another unfinished run of
// the same folder (other than the journal at ownJournalPath). Empty when nothing else uses them.
QString sharedTlsFilesInUse(const QString &certDir, const QString &journalDir,
                            const QString &ownJournalPath);

// Removes a folder this run created when it is empty.
LocalRemoval removeOwnFolder(const QString &path);

} // namespace dockervm::cloud
