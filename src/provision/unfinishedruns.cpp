#include "provision/unfinishedruns.h"

#include <QLocale>

namespace dockervm::provision {

UnfinishedRuns::UnfinishedRuns(QString journalDir, QObject *parent)
    : QObject(parent), m_dir(std::move(journalDir))
{
    refresh();
}

void UnfinishedRuns::refresh()
{
    if (isBusy())
        return;
    m_runs = Journal::unfinished(m_dir);
    emit changed();
}

QStringList UnfinishedRuns::descriptions() const
{
    QStringList out;
    for (const Journal &j : m_runs) {
        QStringList what;
        for (const Journal::Entry &e : j.leftovers())
            what << Journal::describe(e);
        out << tr("%1 (started %2): %3")
                   .arg(j.spec().hostName(),
                        QLocale().toString(j.started().toLocalTime(), QLocale::ShortFormat),
                        what.isEmpty() ? tr("nothing recorded yet")
                                       : what.join(QStringLiteral(", ")));
    }
    return out;
}

void UnfinishedRuns::cleanUp(cloud::Cloud *cloud, const cloud::RunOptions &options)
{
    if (isBusy() || !cloud)
        return;
    m_cloud = cloud;
    m_options = options;
    m_options.journalDir = m_dir;
    m_queue = m_runs;
    m_removed.clear();
    m_kept.clear();
    m_left.clear();
    cleanNext();
}

void UnfinishedRuns::cleanNext()
{
    if (m_queue.isEmpty() || !m_cloud) {
        m_runs = Journal::unfinished(m_dir);
        emit changed();
        QString summary = m_removed.isEmpty()
                              ? tr("Nothing was removed.")
                              : tr("Removed %1.").arg(m_removed.join(QStringLiteral(", ")));
        if (!m_kept.isEmpty())
            summary += QLatin1Char(' ') +
                       tr("Kept on purpose: %1.").arg(m_kept.join(QStringLiteral(", ")));
        if (!m_left.isEmpty())
            summary +=
                QLatin1Char(' ') + tr("Still there: %1.").arg(m_left.join(QStringLiteral(", ")));
        emit finished(m_left.isEmpty(), summary);
        return;
    }
    const Journal journal = m_queue.takeFirst();
    if (journal.subscriptionId() != m_cloud->accountId()) {
        m_left << tr("%1 (made with subscription %2: select it to clean up)")
                      .arg(journal.spec().hostName(), journal.subscriptionId());
        return cleanNext();
    }
    auto *cleaner = m_cloud->cleanup(journal, m_options, this);
    m_cleaner = cleaner;
    connect(cleaner, &cloud::ProvisioningRun::message, this, &UnfinishedRuns::message);
    connect(cleaner, &cloud::ProvisioningRun::finished, this, [this, cleaner] {
        cleaner->deleteLater();
        m_removed += cleaner->result().removed;
        m_kept += cleaner->result().kept;
        m_left += cleaner->result().leftBehind;
        m_cleaner = nullptr;
        cleanNext();
    });
    cleaner->start();
}

} // namespace dockervm::provision
