#pragma once

#include "storage/storageerror.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPlainTextEdit;

namespace jlgc {

// A record's form: a label and a field per row, and under each field the
// message that says what is wrong with it, in the user's language.
// Emits edited() whenever the user changes any field.
class FieldForm : public QWidget {
    Q_OBJECT
public:
    explicit FieldForm(QWidget* parent = nullptr);

    // Adds a field under a name that validation messages use (see FieldErrors).
    template <class W> W* add(const QString& name, W* field)
    {
        addRow(name, field);
        return field;
    }
    // The same, labelled once (a dialog's form, shown in one language).
    template <class W> W* add(const QString& name, W* field, const QString& label)
    {
        addRow(name, field);
        setLabel(name, label);
        return field;
    }
    void addSection(const QString& name);
    void addSection(const QString& name, const QString& title)
    {
        addSection(name);
        setSectionTitle(name, title);
    }
    // A page's form described once, a row each in order: a field under its
    // name (as add()) or, without a field, a section; its label marked with
    // QT_TR_NOOP in the page's class and set by retranslate() (null: the
    // page labels it with setLabel()).
    struct Row {
        QString name;
        QWidget* field;
        const char* label;
    };
    void addRows(const QList<Row>& rows);
    // Labels the rows added by addRows() in the window's language, the
    // texts translated in context (the class that marked them).
    void retranslate(const char* context);
    void setLabel(const QString& name, const QString& text);
    void setSectionTitle(const QString& name, const QString& text);
    QWidget* field(const QString& name) const { return m_fields.value(name); }

    // Shows each message next to its field; returns the messages that have
    // no field here (to be shown elsewhere).
    QStringList showErrors(const FieldErrors& errors);
    void clearErrors();
    // Fields whose text cannot be read (a date field holding "1/32"): saving
    // would store something other than what is shown.
    FieldErrors inputErrors() const;
    QString errorText(const QString& name) const;

    // Puts the cursor in the first field that takes typing (after New).
    bool focusFirstField();

    // After loading: long texts show their beginning, not their end.
    void showStartOfFields();

    // Fields the login may not see (an office server's role withholds
    // them): hidden with their labels, `note` shown in their place, saying
    // why. An empty list shows them again.
    void setWithheld(const QStringList& names, const QString& note);

    // While loading a record, changes are not the user's edits.
    void setLoading(bool loading) { m_loading = loading; }

signals:
    void edited();

private:
    void addRow(const QString& name, QWidget* field);
    void watch(QWidget* field);

    QGridLayout* m_grid;
    int m_row = 0;
    bool m_loading = false;
    QHash<QString, QWidget*> m_fields;
    QStringList m_order;
    QHash<QString, QLabel*> m_labels;
    QHash<QString, QLabel*> m_errors;
    QHash<QString, QLabel*> m_sections;
    QList<Row> m_described; // by addRows(), labelled by retranslate()
    QLabel* m_withheldNote = nullptr;
};

// A text of a few lines in a form: Tab goes on to the next field (a tab is
// never typed into it), and it grows no taller than maxHeight.
QPlainTextEdit* shortTextEdit(int maxHeight);

} // namespace jlgc
