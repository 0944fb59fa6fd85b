#include "asm_fixtures.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dockervm::testing {

QString asmFixturePath(const QString &name)
{
    QString root = qEnvironmentVariable("DOCKERVM_TEST_DATA");
    if (root.isEmpty())
        root = QFileInfo(QStringLiteral(__FILE__)).dir().filePath(QStringLiteral("../data"));
    return QDir(root).filePath(QStringLiteral("asm/") + name);
}

QByteArray asmFixture(const QString &name)
{
    QFile f(asmFixturePath(name));
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning() << "cannot read fixture" << f.fileName() << f.errorString();
        return {};
    }
    return f.readAll();
}

} // namespace dockervm::testing
