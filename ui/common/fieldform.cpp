#include "common/fieldform.h"

#include "common/alertcolor.h"
#include "common/datefield.h"
#include "common/searchpicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace jlgc {

FieldForm::FieldForm(QWidget* parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setColumnStretch(1, 1);
    m_grid->setVerticalSpacing(2);
    m_grid->setHorizontalSpacing(12);
}

void FieldForm::addSection(const QString& name)
{
    auto* title = new QLabel(this);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    title->setContentsMargins(0, m_row == 0 ? 0 : 12, 0, 4);
    m_grid->addWidget(title, m_row++, 0, 1, 2);
    m_sections.insert(name, title);
}

void FieldForm::addRows(const QList<Row>& rows)
{
    for (const Row& row : rows) {
        if (row.field)
            addRow(row.name, row.field);
        else
            addSection(row.name);
        if (row.label)
            m_described << row;
    }
}

void FieldForm::retranslate(const char* context)
{
    for (const Row& row : std::as_const(m_described)) {
        const QString text = QCoreApplication::translate(context, row.label);
        if (row.field)
            setLabel(row.name, text);
        else
            setSectionTitle(row.name, text);
    }
}

void FieldForm::addRow(const QString& name, QWidget* field)
{
    auto* label = new QLabel(this);
    label->setBuddy(field);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* error = new QLabel(this);
    error->setObjectName(QStringLiteral("fieldError_") + name);
    error->setWordWrap(true);
    showAsAlert(error);
    error->hide();
    const bool tall = qobject_cast<QPlainTextEdit*>(field) != nullptr;
    // Long choices must not make the form wider than its panel.
    if (auto* combo = qobject_cast<QComboBox*>(field)) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
    }
    m_grid->addWidget(label, m_row, 0, tall ? Qt::AlignTop | Qt::AlignRight : Qt::AlignRight);
    m_grid->addWidget(field, m_row++, 1);
    m_grid->addWidget(error, m_row++, 1);
    m_fields.insert(name, field);
    m_order << name;
    m_labels.insert(name, label);
    m_errors.insert(name, error);
    watch(field);
}

void FieldForm::watch(QWidget* field)
{
    auto changed = [this] {
        if (!m_loading)
            emit edited();
    };
    if (auto* d = qobject_cast<DateField*>(field)) {
        connect(d, &QLineEdit::textEdited, this, changed);
        connect(d, &DateField::dateChanged, this, changed);
    } else if (auto* e = qobject_cast<QLineEdit*>(field))
        connect(e, &QLineEdit::textEdited, this, changed);
    else if (auto* t = qobject_cast<QPlainTextEdit*>(field))
        connect(t, &QPlainTextEdit::textChanged, this, changed);
    else if (auto* c = qobject_cast<QComboBox*>(field))
        connect(c, &QComboBox::currentIndexChanged, this, changed);
    else if (auto* s = qobject_cast<QSpinBox*>(field))
        connect(s, &QSpinBox::valueChanged, this, changed);
    else if (auto* b = qobject_cast<QCheckBox*>(field))
        connect(b, &QCheckBox::toggled, this, changed);
    else if (auto* p = qobject_cast<SearchPicker*>(field))
        connect(p, &SearchPicker::currentChanged, this, changed);
}

void FieldForm::setWithheld(const QStringList& names, const QString& note)
{
    for (const QString& name : std::as_const(m_order)) {
        const bool hidden = names.contains(name);
        m_fields.value(name)->setVisible(!hidden);
        m_labels.value(name)->setVisible(!hidden);
        if (hidden)
            m_errors.value(name)->hide();
    }
    if (!m_withheldNote) {
        m_withheldNote = new QLabel(this);
        m_withheldNote->setObjectName(QStringLiteral("withheldNote"));
        m_withheldNote->setWordWrap(true);
        m_withheldNote->setForegroundRole(QPalette::PlaceholderText);
    }
    m_withheldNote->setText(note);
    m_withheldNote->setVisible(!names.isEmpty());
    // In the first withheld field's place.
    for (const QString& name : std::as_const(m_order)) {
        if (!names.contains(name))
            continue;
        int row = 0, column = 0, rows = 0, columns = 0;
        m_grid->getItemPosition(m_grid->indexOf(m_fields.value(name)), &row, &column, &rows,
                                &columns);
        m_grid->removeWidget(m_withheldNote);
        m_grid->addWidget(m_withheldNote, row, 0, 1, 2);
        break;
    }
}

void FieldForm::setLabel(const QString& name, const QString& text)
{
    if (QLabel* l = m_labels.value(name))
        l->setText(text);
}

void FieldForm::setSectionTitle(const QString& name, const QString& text)
{
    if (QLabel* l = m_sections.value(name))
        l->setText(text);
}

QStringList FieldForm::showErrors(const FieldErrors& errors)
{
    clearErrors();
    QStringList unplaced;
    QHash<QString, QStringList> byField;
    for (const auto& e : errors) {
        if (m_errors.contains(e.field))
            byField[e.field] << e.message;
        else
            unplaced << e.message;
    }
    QWidget* first = nullptr;
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        QLabel* l = m_errors.value(it.key());
        l->setText(it.value().join(QLatin1Char('\n')));
        l->show();
        if (!first)
            first = m_fields.value(it.key());
    }
    if (first)
        first->setFocus();
    return unplaced;
}

void FieldForm::clearErrors()
{
    for (QLabel* l : std::as_const(m_errors)) {
        l->clear();
        l->hide();
    }
}

FieldErrors FieldForm::inputErrors() const
{
    FieldErrors errors;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QList<DateField*> dates = it.value()->findChildren<DateField*>();
        if (auto* d = qobject_cast<DateField*>(it.value()))
            dates << d;
        for (const DateField* d : std::as_const(dates))
            if (!d->isInputValid())
                errors << StorageError::FieldError{
                    it.key(), tr("“%1” is not a date: type it as 1/18/2027, 2027/1/18 or "
                                 "2027年1月18日, or choose it in the calendar.")
                                  .arg(d->text())};
    }
    return errors;
}

bool FieldForm::focusFirstField()
{
    for (const QString& name : std::as_const(m_order)) {
        QWidget* w = m_fields.value(name);
        QWidget* target = w && w->focusProxy() ? w->focusProxy() : w;
        if (target && w->isEnabled() && !w->isHidden() && target->focusPolicy() != Qt::NoFocus) {
            w->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return false;
}

void FieldForm::showStartOfFields()
{
    for (QWidget* w : std::as_const(m_fields))
        if (auto* e = qobject_cast<QLineEdit*>(w))
            e->setCursorPosition(0);
}

QString FieldForm::errorText(const QString& name) const
{
    const QLabel* l = m_errors.value(name);
    return l && !l->isHidden() ? l->text() : QString();
}

QPlainTextEdit* shortTextEdit(int maxHeight)
{
    auto* e = new QPlainTextEdit;
    e->setTabChangesFocus(true);
    e->setMaximumHeight(maxHeight);
    return e;
}

} // namespace jlgc
