#include "screenshots.h"

#include "docker/connectioncontroller.h"
#include "ui/connectionpanel.h"
#include "ui/pages.h"
#include "ui/setupwizard.h"
#include "wizard/catalogue.h"
#include "wizard/provisioningsession.h"
#include "wizard/signin.h"
#include "wizard/swarmoverview.h"

#include <QAbstractButton>
#include <QApplication>
#include <QPixmap>
#include <QTextStream>

using dockervm::wizard::SetupController;
using Page = SetupController::Page;

ScreenshotDriver::ScreenshotDriver(dockervm::ui::SetupWizard *wizard, const QString &dir,
                                   QObject *parent)
    : QObject(parent), m_wizard(wizard), m_dir(dir)
{
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &ScreenshotDriver::poll);

    SetupController *c = wizard->controller();
    auto on = [this](Page p) {
        return [this, p] {
            return m_wizard->currentId() == int(p);
        };
    };
    auto next = [this] {
        m_wizard->next();
    };

    add(QStringLiteral("welcome"), on(Page::Welcome), [this] { shoot(QStringLiteral("welcome")); });
    add(
        QStringLiteral("to subscription"), [] { return true; }, next);
    add(QStringLiteral("subscription"), on(Page::Subscription),
        [this] { shoot(QStringLiteral("subscription")); });
    add(
        QStringLiteral("to region"), [] { return true; }, next);
    add(
        QStringLiteral("region"),
        [c, on] {
            return on(Page::Region)() && c->catalogue()->locationsState() ==
                                             dockervm::wizard::Catalogue::LoadState::Loaded;
        },
        [this] { shoot(QStringLiteral("region")); });
    add(
        QStringLiteral("to image"), [] { return true; }, next);
    add(
        QStringLiteral("image"),
        [c, on] {
            return on(Page::Image)() &&
                   c->catalogue()->imagesState() == dockervm::wizard::Catalogue::LoadState::Loaded;
        },
        [this, c] {
            shoot(QStringLiteral("image"));
            // The failure state: an image too old for the Docker extension, Next disabled.
            m_goodImage = c->catalogue()->imageName();
            for (const auto &image : c->catalogue()->images()) {
                c->catalogue()->setImageName(image.id);
                if (!c->catalogue()->imageWarning().isEmpty())
                    break;
            }
        });
    add(
        QStringLiteral("image too old"), [c] { return !c->catalogue()->imageWarning().isEmpty(); },
        [this, c] {
            shoot(QStringLiteral("image-too-old"));
            c->catalogue()->setImageName(m_goodImage);
            // What a user would type on the next page.
            c->session()->setDnsName(QStringLiteral("demo-docker"));
            c->session()->setUserName(QStringLiteral("azureuser"));
            c->session()->setPassword(QStringLiteral("Docker-VM-2014!"));
            c->session()->setPasswordConfirmation(QStringLiteral("Docker-VM-2014!"));
        });
    add(
        QStringLiteral("to virtual machine"), [] { return true; }, next);
    add(
        QStringLiteral("virtual machine"),
        [c, on] {
            return on(Page::VirtualMachine)() &&
                   c->session()->nameState() ==
                       dockervm::wizard::ProvisioningSession::NameState::Available;
        },
        [this] { shoot(QStringLiteral("virtual-machine")); });
    add(
        QStringLiteral("to docker"), [] { return true; }, next);
    add(QStringLiteral("docker"), on(Page::Docker), [this] { shoot(QStringLiteral("docker")); });
    add(
        QStringLiteral("to review"), [] { return true; }, next);
    add(QStringLiteral("review"), on(Page::Review), [this] { shoot(QStringLiteral("review")); });
    add(
        QStringLiteral("create"), [] { return true; }, next);
    add(
        QStringLiteral("progress"),
        [c, on] {
            return on(Page::Progress)() &&
                   c->session()->state() == dockervm::wizard::ProvisioningSession::State::Succeeded;
        },
        [this] { shoot(QStringLiteral("progress")); }, 120000);
    add(
        QStringLiteral("to connection"), [] { return true; }, next);
    add(
        QStringLiteral("connection"),
        [this, on] {
            auto *page = qobject_cast<dockervm::ui::ConnectionPage *>(m_wizard->currentPage());
            return on(Page::Connection)() && page &&
                   page->connectionController()->state() !=
                       dockervm::docker::ConnectionController::State::Checking &&
                   page->connectionController()->state() !=
                       dockervm::docker::ConnectionController::State::Idle;
        },
        [this] { shoot(QStringLiteral("connection")); }, 90000);

    // Today's Azure: the start page's sign-in choice and the sign-in page (demo: the Entra ID
    // simulator approves the code by itself after a few seconds). After the classic pages, so
    // their numbers stay.
    add(
        QStringLiteral("back to the start page"), [] { return true; },
        [this, c] {
            m_wizard->restart();
            c->setMode(SetupController::Mode::NewHost);
            c->setAccess(SetupController::Access::SignIn);
        });
    add(QStringLiteral("welcome, sign in"), on(Page::Welcome),
        [this] { shoot(QStringLiteral("welcome-sign-in")); });
    add(
        QStringLiteral("to sign-in"), [] { return true; }, next);
    add(
        QStringLiteral("sign-in code"),
        [c, on] {
            return on(Page::SignIn)() &&
                   c->signIn()->phase() == dockervm::wizard::SignIn::Phase::WaitingForUser;
        },
        [this] { shoot(QStringLiteral("sign-in-code")); });
    add(
        QStringLiteral("signed in"),
        [c, on] {
            return on(Page::SignIn)() &&
                   c->signIn()->phase() == dockervm::wizard::SignIn::Phase::SignedIn;
        },
        [this] { shoot(QStringLiteral("sign-in-subscriptions")); }, 60000);

    // The same pages on the signed-in subscription (its ArmCloud), to a connected panel.
    add(
        QStringLiteral("first subscription"), [] { return true; },
        [c] {
            const auto accounts = c->signIn()->accounts();
            if (!accounts.isEmpty())
                c->signIn()->select(accounts.first().id);
        });
    add(
        QStringLiteral("subscription opened"), [c] { return c->isPageComplete(Page::SignIn); },
        next, 30000);
    add(
        QStringLiteral("arm region"),
        [c, on] {
            return on(Page::Region)() && c->catalogue()->locationsState() ==
                                             dockervm::wizard::Catalogue::LoadState::Loaded;
        },
        [this] { shoot(QStringLiteral("arm-region")); });
    add(
        QStringLiteral("to arm image"), [] { return true; }, next);
    add(
        QStringLiteral("arm image"),
        [c, on] {
            return on(Page::Image)() &&
                   c->catalogue()->imagesState() == dockervm::wizard::Catalogue::LoadState::Loaded;
        },
        [this, c] {
            shoot(QStringLiteral("arm-image"));
            c->session()->setDnsName(QStringLiteral("demo-arm-docker"));
            c->session()->setUserName(QStringLiteral("azureuser"));
            if (c->session()->sshKeyFile().isEmpty()) {
                c->session()->setPassword(QStringLiteral("Docker-VM-2026!"));
                c->session()->setPasswordConfirmation(QStringLiteral("Docker-VM-2026!"));
            }
        });
    add(
        QStringLiteral("to arm virtual machine"), [] { return true; }, next);
    add(
        QStringLiteral("arm virtual machine"),
        [c, on] {
            return on(Page::VirtualMachine)() &&
                   c->catalogue()->sizesState() == dockervm::wizard::Catalogue::LoadState::Loaded &&
                   c->session()->nameState() ==
                       dockervm::wizard::ProvisioningSession::NameState::Available;
        },
        [this] { shoot(QStringLiteral("arm-virtual-machine")); }, 30000);
    add(
        QStringLiteral("to arm docker"), [] { return true; }, next);
    add(QStringLiteral("to arm review"), on(Page::Docker), next);
    add(QStringLiteral("arm review"), on(Page::Review),
        [this] { shoot(QStringLiteral("arm-review")); });
    add(
        QStringLiteral("arm create"), [] { return true; }, next);
    add(
        QStringLiteral("arm progress"),
        [c, on] {
            return on(Page::Progress)() &&
                   c->session()->state() == dockervm::wizard::ProvisioningSession::State::Succeeded;
        },
        [this] { shoot(QStringLiteral("arm-progress")); }, 120000);
    add(
        QStringLiteral("to arm connection"), [] { return true; }, next);
    add(
        QStringLiteral("arm connection"),
        [this, on] {
            auto *page = qobject_cast<dockervm::ui::ConnectionPage *>(m_wizard->currentPage());
            return on(Page::Connection)() && page &&
                   page->connectionController()->state() ==
                       dockervm::docker::ConnectionController::State::Connected;
        },
        [this] { shoot(QStringLiteral("arm-connection")); }, 90000);

    addSwarmSteps();
}

// Issue 11: three hosts as one swarm on the signed-in subscription — the VM page with the
// number of hosts, the review with every host, the progress grouped by host, and the connection
// panel's Swarm tab once the leader listed its nodes. Last, so the other shots keep their numbers.
void ScreenshotDriver::addSwarmSteps()
{
    SetupController *c = m_wizard->controller();
    auto on = [this](Page p) {
        return [this, p] {
            return m_wizard->currentId() == int(p);
        };
    };
    auto next = [this] {
        m_wizard->next();
    };
    add(
        QStringLiteral("back to the start page for a swarm"), [] { return true; },
        [this, c] {
            m_wizard->restart();
            c->setMode(SetupController::Mode::NewHost);
            c->setAccess(SetupController::Access::SignIn);
        });
    add(QStringLiteral("swarm: to sign-in"), on(Page::Welcome), next);
    add(
        QStringLiteral("swarm: to region"),
        [c, on] { return on(Page::SignIn)() && c->isPageComplete(Page::SignIn); }, next, 30000);
    add(
        QStringLiteral("swarm: to image"),
        [c, on] {
            return on(Page::Region)() && c->catalogue()->locationsState() ==
                                             dockervm::wizard::Catalogue::LoadState::Loaded;
        },
        next);
    add(
        QStringLiteral("swarm: to virtual machine"),
        [c, on] {
            return on(Page::Image)() &&
                   c->catalogue()->imagesState() == dockervm::wizard::Catalogue::LoadState::Loaded;
        },
        [c, next] {
            c->session()->setDnsName(QStringLiteral("demo-swarm"));
            c->session()->setNodes(3);
            c->session()->setManagers(1);
            next();
        });
    add(
        QStringLiteral("swarm virtual machine"),
        [c, on] {
            return on(Page::VirtualMachine)() &&
                   c->catalogue()->sizesState() == dockervm::wizard::Catalogue::LoadState::Loaded &&
                   c->session()->nameState() ==
                       dockervm::wizard::ProvisioningSession::NameState::Available;
        },
        [this] { shoot(QStringLiteral("swarm-virtual-machine")); }, 30000);
    add(
        QStringLiteral("swarm: to docker"), [] { return true; }, next);
    add(QStringLiteral("swarm: to review"), on(Page::Docker), next);
    add(QStringLiteral("swarm review"), on(Page::Review),
        [this] { shoot(QStringLiteral("swarm-review")); });
    add(
        QStringLiteral("swarm create"), [] { return true; }, next);
    add(
        QStringLiteral("swarm progress"),
        [c, on] {
            return on(Page::Progress)() &&
                   c->session()->state() == dockervm::wizard::ProvisioningSession::State::Succeeded;
        },
        [this] { shoot(QStringLiteral("swarm-progress")); }, 120000);
    add(
        QStringLiteral("swarm: to connection"), [] { return true; }, next);
    add(
        QStringLiteral("swarm connection"),
        [this, on] {
            auto *panel = m_wizard->findChild<dockervm::ui::ConnectionPanel *>(
                QStringLiteral("connectionPanel"));
            return on(Page::Connection)() && panel && panel->swarm() &&
                   panel->swarm()->state() == dockervm::wizard::SwarmOverview::State::Refreshed;
        },
        [this] { shoot(QStringLiteral("swarm-connection")); }, 90000);
}

void ScreenshotDriver::add(const QString &what, std::function<bool()> ready,
                           std::function<void()> action, int timeoutMs)
{
    m_steps << Step{what, std::move(ready), std::move(action), timeoutMs};
}

void ScreenshotDriver::start()
{
    if (!m_dir.exists() && !m_dir.mkpath(QStringLiteral("."))) {
        QTextStream(stderr) << QCoreApplication::translate("screenshots",
                                                           "Cannot create the folder %1.\n")
                                   .arg(m_dir.absolutePath());
        emit finished(1);
        return;
    }
    m_stepClock.start();
    m_timer.start();
}

void ScreenshotDriver::poll()
{
    if (!m_wizard) {
        m_timer.stop();
        emit finished(1);
        return;
    }
    if (m_index >= m_steps.size()) {
        m_timer.stop();
        emit finished(0);
        return;
    }
    Step &step = m_steps[m_index];
    // Ready for a few polls in a row: layouts and paints of the change have run.
    m_readyTicks = step.ready() ? m_readyTicks + 1 : 0;
    if (m_readyTicks >= 3) {
        m_readyTicks = 0;
        step.action();
        ++m_index;
        m_stepClock.restart();
        return;
    }
    if (m_stepClock.elapsed() > step.timeoutMs) {
        m_timer.stop();
        QTextStream(stderr) << QCoreApplication::translate(
                                   "screenshots", "Screenshots: timed out waiting for '%1'.\n")
                                   .arg(step.what);
        emit finished(1);
    }
}

void ScreenshotDriver::shoot(const QString &name)
{
    const QString path = m_dir.filePath(
        m_prefix + QStringLiteral("%1-%2.png").arg(++m_count, 2, 10, QLatin1Char('0')).arg(name));
    const QPixmap pixmap = m_wizard->grab();
    if (!pixmap.save(path))
        QTextStream(stderr)
            << QCoreApplication::translate("screenshots", "Cannot write %1.\n").arg(path);
    else
        QTextStream(stdout) << path << '\n';
}
