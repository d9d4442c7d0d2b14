#pragma once

#include "domain/language.h"

#include <QObject>
#include <QTranslator>
#include <memory>

namespace jlgc {

// The language of the user interface, switched at run time. Installs the
// application's translation and Qt's own (so that standard dialogs speak it
// too), and sets the default QLocale so dates and numbers follow.
class LanguageManager : public QObject {
    Q_OBJECT
public:
    explicit LanguageManager(QObject* parent = nullptr);
    ~LanguageManager() override;

    Language language() const { return m_language; }
    void setLanguage(Language language);

    // From the system locale: Japanese for a Japanese locale, English otherwise.
    static Language systemLanguage();

signals:
    void languageChanged(jlgc::Language language);

private:
    Language m_language = Language::English;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

// The language the interface speaks now (from the default QLocale).
Language uiLanguage();

// The parts of a summary line, joined as the interface's language writes
// them: "6 fellows · 1 not yet confirmed", 「フェロー6人、参加未確定1人」.
QString joinSummary(const QStringList& parts);

} // namespace jlgc
