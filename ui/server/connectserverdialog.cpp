#include "server/connectserverdialog.h"

#include "common/alertcolor.h"
#include "common/dialoglayout.h"
#include "storage/database.h"
#include "storage/server/serveraddress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace jlgc {

ConnectServerDialog::ConnectServerDialog(QWidget* parent)
    : QDialog(parent), m_host(new QLineEdit), m_port(new QSpinBox), m_database(new QLineEdit),
      m_user(new QLineEdit), m_password(new QLineEdit), m_remember(new QCheckBox),
      m_encryption(new QComboBox), m_certificate(new QLineEdit), m_browse(new QPushButton),
      m_problem(new QLabel)
{
    setWindowTitle(tr("Connect to Office Server"));
    auto* intro = new QLabel(tr("The office's records on its PostgreSQL server, shared by every "
                                "colleague. Ask the office's administrator for these details."));
    intro->setWordWrap(true);
    m_host->setPlaceholderText(tr("for example db.jlgc.example.org"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setText(QStringLiteral("jlgc"));
    m_user->setText(Database::currentOsUser());
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setText(tr("Remember the password in this computer's keychain"));
    m_remember->setChecked(true);
    m_encryption->addItem(tr("Encrypted, server's certificate verified"),
                          QStringLiteral("verify-full"));
    m_encryption->addItem(tr("Encrypted"), QStringLiteral("require"));
    m_encryption->addItem(tr("Encrypted when the server offers it"), QStringLiteral("prefer"));
    m_encryption->addItem(tr("Not encrypted (this computer only)"), QStringLiteral("disable"));
    m_encryption->setCurrentIndex(2);
    m_certificate->setPlaceholderText(
        tr("the office's CA certificate (empty: ~/.postgresql/root.crt)"));
    m_browse->setText(tr("Browse…"));

    auto* form = new QFormLayout;
    alignFormLabels(form);
    form->addRow(tr("Server:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("User name:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("Encryption:"), m_encryption);
    auto* certificate = new QHBoxLayout;
    certificate->addWidget(m_certificate, 1);
    certificate->addWidget(m_browse);
    form->addRow(tr("Certificate:"), certificate);

    showAsAlert(m_problem);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_connect = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (QLineEdit* e : {m_host, m_database, m_user, m_certificate})
        connect(e, &QLineEdit::textChanged, this, &ConnectServerDialog::updateState);
    connect(m_encryption, &QComboBox::currentIndexChanged, this, &ConnectServerDialog::updateState);
    connect(m_browse, &QPushButton::clicked, this, &ConnectServerDialog::chooseCertificate);
    setMinimumWidth(520);
    updateState();
}

void ConnectServerDialog::setAddress(const QString& text)
{
    const std::optional<ServerAddress> a = ServerAddress::parse(text);
    if (!a)
        return;
    m_host->setText(a->host);
    m_port->setValue(a->port);
    m_database->setText(a->database);
    if (!a->user.isEmpty())
        m_user->setText(a->user);
    const int mode =
        m_encryption->findData(a->sslMode.isEmpty() ? QStringLiteral("prefer") : a->sslMode);
    if (mode >= 0)
        m_encryption->setCurrentIndex(mode);
    m_certificate->setText(a->sslRootCert);
    m_password->setFocus();
}

void ConnectServerDialog::setPassword(const QString& password)
{
    m_password->setText(password);
}

void ConnectServerDialog::setProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void ConnectServerDialog::setActionText(const QString& text)
{
    m_connect->setText(text);
}

QString ConnectServerDialog::address() const
{
    ServerAddress a;
    a.host = m_host->text().trimmed();
    a.port = m_port->value();
    a.database = m_database->text().trimmed();
    a.user = m_user->text().trimmed();
    a.sslMode = m_encryption->currentData().toString();
    if (m_certificate->isEnabled())
        a.sslRootCert = m_certificate->text().trimmed();
    return a.shown();
}

QString ConnectServerDialog::password() const
{
    return m_password->text();
}

bool ConnectServerDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void ConnectServerDialog::updateState()
{
    const QString mode = m_encryption->currentData().toString();
    const bool verified = mode == QLatin1String("verify-full");
    m_certificate->setEnabled(verified);
    m_browse->setEnabled(verified);
    m_connect->setEnabled(!m_host->text().trimmed().isEmpty() &&
                          !m_database->text().trimmed().isEmpty() &&
                          !m_user->text().trimmed().isEmpty());
}

void ConnectServerDialog::chooseCertificate()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("The Office's CA Certificate"), m_certificate->text(),
                                     tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_certificate->setText(file);
}

} // namespace jlgc
