#pragma once

#include "wizard/setupcontroller.h"

#include <QWizard>

namespace dockervm::ui {

// The Docker VM Wizard: pages over one SetupController. Navigation asks the controller
// (nextId, isComplete, validatePage); the controller's advanceReady() moves on after an
// asynchronous check.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    explicit SetupWizard(wizard::SetupController *controller, QWidget *parent = nullptr);
    ~SetupWizard() override;

    wizard::SetupController *controller() const { return m_controller; }
    int nextId() const override;
    QWizardPage *pageFor(wizard::SetupController::Page page) const
    {
        return QWizard::page(int(page));
    }

    // Starts at "check an existing host" (the connection page) instead of Welcome.
    void showConnectionCheck();

    // Starts at the subscription page with the subscriptions of a .publishsettings file imported
    // (a file opened from the file manager), or with the reason they could not be shown there.
    void openPublishSettings(const QString &path);

public slots:
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onPageChanged(int id);
    void saveGeometryToSettings();

    wizard::SetupController *m_controller;
};

} // namespace dockervm::ui
