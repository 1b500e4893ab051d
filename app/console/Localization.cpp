#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace keyward::console {

QString Localization::install(QCoreApplication &app, const QString &code)
{
    QString wanted = code;
    if (wanted.isEmpty())
        wanted = QSettings().value(QStringLiteral("language")).toString();
    const QLocale locale = wanted.isEmpty() ? QLocale::system() : QLocale(wanted);
    auto *own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("keyward"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        delete own;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return QStringLiteral("en");
    }
    QLocale::setDefault(locale);
    QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return own->language().section(QLatin1Char('_'), 0, 0);
}

} // namespace keyward::console
