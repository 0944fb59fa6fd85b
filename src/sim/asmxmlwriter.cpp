#include "sim/asmxmlwriter.h"

namespace dockervm::sim {

const QString AsmXmlWriter::kNamespace =
    QStringLiteral("http://schemas.microsoft.com/windowsazure");
const QString AsmXmlWriter::kXsiNamespace =
    QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

AsmXmlWriter::AsmXmlWriter() : m_writer(&m_out) {}

void AsmXmlWriter::start(const QString &name)
{
    m_writer.writeStartElement(name);
    if (m_depth == 0) {
        m_writer.writeDefaultNamespace(kNamespace);
        m_writer.writeNamespace(kXsiNamespace, QStringLiteral("i"));
    }
    ++m_depth;
}

void AsmXmlWriter::startTyped(const QString &name, const QString &type)
{
    start(name);
    m_writer.writeAttribute(kXsiNamespace, QStringLiteral("type"), type);
}

void AsmXmlWriter::end()
{
    if (m_depth == 0)
        return;
    m_writer.writeEndElement();
    --m_depth;
}

void AsmXmlWriter::text(const QString &name, const QString &value)
{
    if (value.isEmpty())
        empty(name);
    else
        m_writer.writeTextElement(name, value);
}

void AsmXmlWriter::boolean(const QString &name, bool value)
{
    text(name, value ? QStringLiteral("true") : QStringLiteral("false"));
}

void AsmXmlWriter::nil(const QString &name)
{
    m_writer.writeEmptyElement(name);
    m_writer.writeAttribute(kXsiNamespace, QStringLiteral("nil"), QStringLiteral("true"));
}

void AsmXmlWriter::empty(const QString &name)
{
    m_writer.writeEmptyElement(name);
}

void AsmXmlWriter::textOrNil(const QString &name, const QString &value)
{
    if (value.isEmpty())
        nil(name);
    else
        m_writer.writeTextElement(name, value);
}

QByteArray AsmXmlWriter::finish()
{
    while (m_depth > 0)
        end();
    return m_out;
}

} // namespace dockervm::sim
