#pragma once

#include "provision/vmspec.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dockervm::provision {

// The record of what one create run made in Azure and on disk. Every resource is written here
// *before* the request that creates it, so a crash leaves enough behind for `docker-vm cleanup`
// (remove it) or `docker-vm resume` (go on waiting). Holds no secret: the spec is stored without
// its password.
class Journal
{
public:
    enum class Kind { StorageAccount, CloudService, Deployment, File };
    enum class State { Planned, Created, Removed, RemoveFailed };
    enum class Outcome { Running, Succeeded, RolledBack, Failed };

    struct Entry
    {
        Kind kind = Kind::CloudService;
        QString name;   // resource name, or absolute file path for Kind::File
        QString parent; // the cloud service of a deployment
        State state = State::Planned;
        QDateTime changed;
        QString detail; // e.g. why removal failed
    };

    // AppDataLocation/journal (DOCKERVM_DATA_DIR/journal when set).
    static QString defaultDirectory();
    static std::optional<Journal> load(const QString &path, QString *error);
    // Journals whose run did not end cleanly (Running or Failed with resources still created).
    static QList<Journal> unfinished(const QString &directory = QString());

    Journal() = default;
    Journal(const QString &directory, const VmSpec &spec, const QString &subscriptionId);

    // Creates (or replaces) the file for this run. False with *error when it cannot be written:
    // the run must not create anything then.
    bool begin(QString *error);
    bool record(Kind kind, const QString &name, State state, QString *error,
                const QString &parent = QString(), const QString &detail = QString());
    bool setOutcome(Outcome outcome, QString *error);
    bool remove(QString *error);

    QString path() const { return m_path; }
    QString dnsName() const { return m_spec.dnsName; }
    QString subscriptionId() const { return m_subscriptionId; }
    const VmSpec &spec() const { return m_spec; } // password is always empty here
    Outcome outcome() const { return m_outcome; }
    QDateTime started() const { return m_started; }
    const QList<Entry> &entries() const { return m_entries; }
    // Entries still in Azure or on disk (Created or RemoveFailed), newest first.
    QList<Entry> leftovers() const;

    static QString kindId(Kind kind);
    static QString stateId(State state);
    static QString outcomeId(Outcome outcome);

private:
    bool save(QString *error) const;
    QJsonObject toJson() const;

    QString m_path;
    VmSpec m_spec;
    QString m_subscriptionId;
    Outcome m_outcome = Outcome::Running;
    QDateTime m_started;
    QList<Entry> m_entries;
};

} // namespace dockervm::provision
