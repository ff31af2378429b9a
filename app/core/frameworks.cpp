#include "frameworks.h"

namespace klausul {

QString Framework::translatedTitle() const
{
    return QCoreApplication::translate("klausul::Frameworks", title);
}

const QList<Framework> &Frameworks::all()
{
    static const QList<Framework> frameworks {
        {QStringLiteral("iso27001"), QStringLiteral("iso27001"), QStringLiteral("2022"),
            QT_TR_NOOP("ISO/IEC 27001:2022 Annex A")},
        {QStringLiteral("cis"), QStringLiteral("cis"), QStringLiteral("8"),
            QT_TR_NOOP("CIS Controls v8")},
        {QStringLiteral("nis2"), QStringLiteral("nis2"), QString(), QT_TR_NOOP("NIS2 art. 21(2)")},
        {QStringLiteral("gdpr"), QStringLiteral("gdpr"), QString(), QT_TR_NOOP("GDPR")},
    };
    return frameworks;
}

const Framework *Frameworks::find(const QString &key)
{
    for (const Framework &framework : all()) {
        if (framework.key == key)
            return &framework;
    }
    return nullptr;
}

QStringList Frameworks::keys()
{
    QStringList keys;
    for (const Framework &framework : all())
        keys << framework.key;
    return keys;
}

} // namespace klausul
