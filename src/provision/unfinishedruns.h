#pragma once

#include "cloud/cloud.h"
#include "cloud/journal.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace dockervm::provision {

// The shared core's types (spec, journal, own files) are used unqualified here.
using namespace dockervm::cloud;

// Create runs that did not end cleanly (a crash, a killed window, a rollback that could not remove
// everything), found from their journals, and their clean-up: what `docker-vm cleanup` does, for
// the wizard's start page ("The UI says what exists and offers clean-up").
class UnfinishedRuns : public QObject
{
    Q_OBJECT
public:
    explicit UnfinishedRuns(QString journalDir = QString(), QObject *parent = nullptr);

    void refresh();
    const QList<Journal> &runs() const { return m_runs; }
    bool isEmpty() const { return m_runs.isEmpty(); }
    bool isBusy() const { return !m_cleaner.isNull(); }
    // Translated, one line per run: "mydockerhost (started …): cloud service mydockerhost, …".
    QStringList descriptions() const;

    // Removes, newest first, what the runs of `cloud`'s account left behind (through the cloud's
    // own clean-up run). Runs of other accounts are skipped and named in the result. finished()
    // follows.
    void cleanUp(cloud::Cloud *cloud, const cloud::RunOptions &options);

signals:
    void changed();
    void message(const QString &text);
    void finished(bool allRemoved, const QString &summary);

private:
    void cleanNext();

    QString m_dir;
    QList<Journal> m_runs;
    QList<Journal> m_queue;
    QPointer<cloud::Cloud> m_cloud;
    cloud::RunOptions m_options;
    QPointer<cloud::ProvisioningRun> m_cleaner;
    QStringList m_removed;
    QStringList m_kept; // made by a run, kept on purpose (changed since, or used by a host)
    QStringList m_left;
};

} // namespace dockervm::provision
