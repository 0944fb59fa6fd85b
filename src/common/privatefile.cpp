#include "common/privatefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace dockervm::privatefile {

namespace {

constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dockervm::privatefile)
};

} // namespace

bool hasMode(const QString &path, int mode)
{
#ifdef Q_OS_UNIX
    struct stat st;
    const QByteArray p = QFile::encodeName(path);
    return ::stat(p.constData(), &st) == 0 && (st.st_mode & 0777) == mode_t(mode);
#else
    Q_UNUSED(path);
    Q_UNUSED(mode);
    return true;
#endif
}

bool ensureDir(const QString &path, bool ownerOnly, QString *error)
{
    if (!QDir().mkpath(path)) {
        if (error)
            *error = Tr::tr("Cannot create the folder “%1”. Check that its parent is writable.")
                         .arg(path);
        return false;
    }
    if (ownerOnly && (!QFile::setPermissions(path, kOwnerDir) || !hasMode(path, 0700))) {
        if (error)
            *error = Tr::tr("Cannot make the folder “%1” private to you (mode 0700), so no private "
                            "key is written there.")
                         .arg(path);
        return false;
    }
    return true;
}

bool write(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = Tr::tr("Cannot write “%1”: %2.").arg(path, file.errorString());
        return false;
    }
    bool privateNow = file.setPermissions(kOwnerFile);
#ifdef Q_OS_UNIX
    struct stat st;
    privateNow = privateNow && ::fstat(file.handle(), &st) == 0 && (st.st_mode & 0777) == 0600;
#endif
    if (!privateNow) {
        file.cancelWriting();
        if (error)
            *error =
                Tr::tr("Cannot make “%1” readable only by you (mode 0600); nothing was written.")
                    .arg(path);
        return false;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("Cannot write “%1”: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace dockervm::privatefile
