#include "common/secretstore.h"

#include "common/logging.h"
#include "common/privatefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QRegularExpression>

#ifdef DOCKERVM_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace dockervm {

namespace {

using Error = SecretJob::Error;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dockervm::SecretStore)
};

// A job whose outcome is known when it is made (files, memory, remembered answers).
class ImmediateJob : public SecretJob
{
public:
    ImmediateJob(Error error, const QString &text, const QByteArray &data = {})
    {
        complete(error, text, data);
    }
};

#ifdef DOCKERVM_HAVE_KEYCHAIN

class KeychainJob : public SecretJob
{
public:
    explicit KeychainJob(QKeychain::Job *job, bool missingIsOk = false)
    {
        job->setAutoDelete(true);
        connect(job, &QKeychain::Job::finished, this, [this, missingIsOk](QKeychain::Job *j) {
            if (missingIsOk && j->error() == QKeychain::EntryNotFound)
                return complete(Error::None, {});
            switch (j->error()) {
            case QKeychain::NoError: {
                auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j);
                complete(Error::None, {}, read ? read->binaryData() : QByteArray());
                return;
            }
            case QKeychain::EntryNotFound:
                complete(Error::NotFound, Tr::tr("The keychain holds no item “%1”.").arg(j->key()));
                return;
            case QKeychain::NoBackendAvailable:
            case QKeychain::NotImplemented:
                complete(Error::Unavailable,
                         Tr::tr("No keychain service is available (%1).").arg(j->errorString()));
                return;
            default:
                complete(Error::Failed, Tr::tr("The keychain refused: %1.").arg(j->errorString()));
                return;
            }
        });
        job->start();
    }
};

class KeychainStore : public SecretStore
{
public:
    explicit KeychainStore(QString service) : m_service(std::move(service)) {}
    Kind kind() const override { return Kind::Keychain; }
    QString location() const override { return Tr::tr("the keychain"); }

    SecretJob *read(const QString &name) override
    {
        auto *job = new QKeychain::ReadPasswordJob(m_service);
        job->setKey(name);
        return new KeychainJob(job);
    }
    SecretJob *write(const QString &name, const QByteArray &secret) override
    {
        auto *job = new QKeychain::WritePasswordJob(m_service);
        job->setKey(name);
        job->setBinaryData(secret);
        return new KeychainJob(job);
    }
    SecretJob *remove(const QString &name) override
    {
        auto *job = new QKeychain::DeletePasswordJob(m_service);
        job->setKey(name);
        return new KeychainJob(job, true);
    }

private:
    QString m_service;
};

#endif // DOCKERVM_HAVE_KEYCHAIN

class FileStore : public SecretStore
{
public:
    explicit FileStore(QString dir) : m_dir(std::move(dir)) {}
    Kind kind() const override { return Kind::File; }
    QString location() const override { return m_dir; }

    SecretJob *read(const QString &name) override
    {
        QString error;
        const QString path = pathFor(name, &error);
        if (path.isEmpty())
            return new ImmediateJob(Error::Failed, error);
        QFile file(path);
        if (!file.exists())
            return new ImmediateJob(Error::NotFound, Tr::tr("There is no file “%1”.").arg(path));
        if (!file.open(QIODevice::ReadOnly)) {
            return new ImmediateJob(Error::Failed,
                                    Tr::tr("Cannot read “%1”: %2.").arg(path, file.errorString()));
        }
#ifdef Q_OS_UNIX
        struct stat st;
        if (::fstat(file.handle(), &st) == 0 && (st.st_mode & 0077) != 0)
            qCWarning(lcSecrets).noquote()
                << Tr::tr(
                       "The key file “%1” is readable by other users; make it private with: chmod "
                       "600 “%1”")
                       .arg(path);
#endif
        return new ImmediateJob(Error::None, {}, file.readAll());
    }
    SecretJob *write(const QString &name, const QByteArray &secret) override
    {
        QString error;
        const QString path = pathFor(name, &error);
        if (path.isEmpty() || !privatefile::ensureDir(m_dir, true, &error) ||
            !privatefile::write(path, secret, &error))
            return new ImmediateJob(Error::Failed, error);
        return new ImmediateJob(Error::None, {});
    }
    SecretJob *remove(const QString &name) override
    {
        QString error;
        const QString path = pathFor(name, &error);
        if (path.isEmpty())
            return new ImmediateJob(Error::Failed, error);
        QFile file(path);
        if (file.exists() && !file.remove()) {
            return new ImmediateJob(
                Error::Failed, Tr::tr("Cannot delete “%1”: %2.").arg(path, file.errorString()));
        }
        return new ImmediateJob(Error::None, {});
    }

private:
    QString pathFor(const QString &name, QString *error) const
    {
        static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"));
        if (!safe.match(name).hasMatch()) {
            *error = Tr::tr("“%1” is not a usable name for a secret file.").arg(name);
            return {};
        }
        return m_dir + QLatin1Char('/') + name;
    }

    QString m_dir;
};

class MemoryStore : public SecretStore
{
public:
    Kind kind() const override { return Kind::Memory; }
    QString location() const override { return Tr::tr("memory"); }
    SecretJob *read(const QString &name) override
    {
        if (!m_items.contains(name))
            return new ImmediateJob(Error::NotFound, Tr::tr("No secret “%1”.").arg(name));
        return new ImmediateJob(Error::None, {}, m_items.value(name));
    }
    SecretJob *write(const QString &name, const QByteArray &secret) override
    {
        m_items.insert(name, secret);
        return new ImmediateJob(Error::None, {});
    }
    SecretJob *remove(const QString &name) override
    {
        m_items.remove(name);
        return new ImmediateJob(Error::None, {});
    }

private:
    QHash<QString, QByteArray> m_items;
};

// The remembered probe answer and who waits for it.
struct ProbeState
{
    enum { Unknown, Running, Known } phase = Unknown;
    SecretStore::Availability answer = SecretStore::Availability::NoService;
    QList<std::pair<QPointer<QObject>, std::function<void(SecretStore::Availability)>>> waiting;
};

ProbeState &probeState()
{
    static ProbeState state;
    return state;
}

void deliver(SecretStore::Availability answer)
{
    ProbeState &s = probeState();
    s.phase = ProbeState::Known;
    s.answer = answer;
    const auto waiting = std::exchange(s.waiting, {});
    for (const auto &[context, done] : waiting) {
        if (context)
            done(answer);
    }
}

} // namespace

void SecretJob::complete(Error error, const QString &text, const QByteArray &data)
{
    m_error = error;
    m_errorString = text;
    m_data = data;
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit finished(this);
            deleteLater();
        },
        Qt::QueuedConnection);
}

std::unique_ptr<SecretStore> SecretStore::keychain(const QString &service)
{
#ifdef DOCKERVM_HAVE_KEYCHAIN
    return std::make_unique<KeychainStore>(service);
#else
    Q_UNUSED(service);
    return nullptr;
#endif
}

std::unique_ptr<SecretStore> SecretStore::files(const QString &dir)
{
    return std::make_unique<FileStore>(dir);
}

std::unique_ptr<SecretStore> SecretStore::memory()
{
    return std::make_unique<MemoryStore>();
}

void SecretStore::resetProbe()
{
    probeState() = ProbeState();
}

void SecretStore::probe(QObject *context, std::function<void(Availability)> done)
{
    ProbeState &s = probeState();
    s.waiting.append({QPointer<QObject>(context), std::move(done)});
    if (s.phase == ProbeState::Running)
        return;
    if (s.phase == ProbeState::Known) {
        QMetaObject::invokeMethod(
            context, [] { deliver(probeState().answer); }, Qt::QueuedConnection);
        return;
    }
    s.phase = ProbeState::Running;
    const QString forced = qEnvironmentVariable("DOCKERVM_SECRET_STORE").trimmed().toLower();
    if (forced == QLatin1String("file")) {
        QMetaObject::invokeMethod(
            context, [] { deliver(Availability::FilesChosen); }, Qt::QueuedConnection);
        return;
    }
#ifdef DOCKERVM_HAVE_KEYCHAIN
    if (forced == QLatin1String("keychain")) {
        QMetaObject::invokeMethod(
            context, [] { deliver(Availability::Keychain); }, Qt::QueuedConnection);
        return;
    }
    // A read of an item that need not exist: "not found" means a service answered.
    auto *job = new QKeychain::ReadPasswordJob(QStringLiteral("docker-vm"));
    job->setAutoDelete(true);
    job->setKey(QStringLiteral("probe"));
    QObject::connect(job, &QKeychain::Job::finished, job, [](QKeychain::Job *j) {
        const bool answered =
            j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound ||
            j->error() == QKeychain::AccessDeniedByUser || j->error() == QKeychain::AccessDenied;
        if (!answered)
            qCInfo(lcSecrets).noquote() << "no keychain service:" << j->errorString();
        deliver(answered ? Availability::Keychain : Availability::NoService);
    });
    job->start();
#else
    QMetaObject::invokeMethod(
        context, [] { deliver(Availability::NoService); }, Qt::QueuedConnection);
#endif
}

} // namespace dockervm
