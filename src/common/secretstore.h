#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace dockervm {

// One asynchronous secret operation. finished() comes exactly once, always from the event loop
// (never from inside the call that made the job); the job deletes itself afterwards.
class SecretJob : public QObject
{
    Q_OBJECT
public:
    enum class Error { None, NotFound, Unavailable, Failed };
    Q_ENUM(Error)

    bool ok() const { return m_error == Error::None; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; } // translated; empty when ok()
    QByteArray data() const { return m_data; }            // what read() found

signals:
    void finished(dockervm::SecretJob *job);

protected:
    explicit SecretJob(QObject *parent = nullptr) : QObject(parent) {}
    // Queues finished(); the job is deleted after the slots ran.
    void complete(Error error, const QString &text, const QByteArray &data = {});

private:
    Error m_error = Error::None;
    QString m_errorString;
    QByteArray m_data;
};

// Where secrets (management keys now, refresh tokens later) are kept. Names are short ASCII
// labels chosen by the caller; each implementation keeps them apart from other programs'.
class SecretStore
{
public:
    enum class Kind { Keychain, File, Memory };

    virtual ~SecretStore() = default;
    virtual Kind kind() const = 0;
    // For messages: "the keychain" or the folder of the files.
    virtual QString location() const = 0;

    virtual SecretJob *read(const QString &name) = 0; // Error::NotFound when absent
    virtual SecretJob *write(const QString &name, const QByteArray &secret) = 0;
    virtual SecretJob *remove(const QString &name) = 0; // ok when absent

    // The OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows Credential
    // Manager), items under `service`.
    static std::unique_ptr<SecretStore> keychain(const QString &service);
    // Owner-only files (0600) in an owner-only folder (0700), one file per name.
    static std::unique_ptr<SecretStore> files(const QString &dir);
    // Process memory only (tests, throwaway stores).
    static std::unique_ptr<SecretStore> memory();

    // Whether a keychain service answers, asked once per process (a read of a probe item, on the
    // event loop) and remembered; later calls get the remembered answer, also queued. The choice
    // can be forced with DOCKERVM_SECRET_STORE=keychain|file (tests keep off the user's keychain).
    enum class Availability { Keychain, NoService, FilesChosen };
    static void probe(QObject *context, std::function<void(Availability)> done);
    // For tests: forget the remembered answer.
    static void resetProbe();
};

} // namespace dockervm
