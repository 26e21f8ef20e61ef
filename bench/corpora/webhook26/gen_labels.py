#!/usr/bin/env python3
# Hand-written labels (from reading the code). Writes labels.jsonl.
C = {
 'zxp397889178/Linux': '1fb9985bf129951b853d3b9c4cb406180630b747',
 'marcho4/TicketsPreOrderService': '1112c14fc9f502fa49e5106237023ce484662d23',
}
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import Labels, NS  # noqa: E402

_labels = Labels('wh26', C)
wh, neg, sc = _labels.wh, _labels.neg, _labels.sc

# ---------------- zxp397889178/Linux: paycenter (quwangame game payment centre, C++11) ----------------
# Project-own HTTP framework (serverbase/include/PayFrame): every payment SDK is a plugin .so whose
# queryRegister() maps a CGI path to an exported entry name with REG_CGI (route table); ENTRY_FUNC_IMPLEMENT
# exports the entry, which forwards to the plugin's ENTRY_FUNC_DECLARE(Class, func) member.
# New-style plugins (CPayBase) forward doDepositCB to CPayBase::doDepositCallback (PayBase.cpp:458), which
# rejects the callback unless the plugin's virtual validDepositCallbackSign() returns true (PayBase.cpp:588-608);
# withdraw callbacks go through CPayBase::doCreditCallback -> validCreditCallbackSign() (PayBase.cpp:1099-1118).
# Old-style plugins (CPayWrapper) implement doCallback themselves.
R = 'zxp397889178/Linux'
PL = 'paycenter/src/plugins/'
BASE = PL + 'PayBase.cpp'
IPNOTE = (' The only other check is an IP allow-list of the SDK (validCallbackIp / validDepositCallbackIp), '
          'not a shared secret or signature.')

def route(plugin, src, handler_line, plugin_lines, webhook, verified, group, route_, why, note=''):
    """plugin_lines: lines in <plugin>/Plugin.cpp (REG_CGI entry and ENTRY_FUNC_IMPLEMENT export)."""
    if webhook == 'no':
        # Only the handler anchor: this route's REG_CGI / ENTRY_FUNC_IMPLEMENT lines in Plugin.cpp sit next to
        # (within +-2 lines of) the callback route's, so they are left to the callback group (plugin_lines,
        # kept here for reference) to avoid two groups claiming the same finding.
        neg(R, PL + plugin + '/' + src, handler_line, group, route_, why + ' Handler.')
        return
    wh(R, PL + plugin + '/' + src, handler_line, webhook, verified, group, route_, why, 'Handler. ' + note)
    for l in plugin_lines:
        wh(R, PL + plugin + '/Plugin.cpp', l, webhook, verified, group, route_, why,
           'Registration (REG_CGI route table / exported entry). ' + note)

why_payreq = ('Deposit (payment order) request from the game server/client to the pay centre, which then calls the '
              'third-party payment platform; not a callback from another system.')

# --- verified deposit callbacks (CPayBase subclasses): signature recomputed with the SDK key and compared
for plugin, src, h, regs, grp, rt, cmp_line, what in [
    ('360pay', '360Pay.cpp', 55, (49, 58), 'pc-360pay-cb', 'GET/POST 360pay/callback', 129,
     '360 (Qihoo) SDK payment notify; validDepositCallbackSign = MD5 over sorted params "#"-joined + appkey'),
    ('baidu', 'BaiduPay.cpp', 57, (50, 59), 'pc-baidu-cb', 'POST baidu/callback', 145,
     'Baidu game SDK payment notify; validDepositCallbackSign = MD5(appid+orderid+amount+unit+status+paychannel+appkey)'),
    ('xiaomi', 'XiaomiPay.cpp', 57, (48, 57), 'pc-xiaomi-cb', 'POST xiaomi/callback', 160,
     'Xiaomi SDK payment notify; validDepositCallbackSign = HMAC-SHA1(appkey, sorted params) hex'),
    ('vivo', 'VivoPay.cpp', 185, (52, 62), 'pc-vivo-cb', 'POST vivo/callback', 262,
     'vivo SDK payment notify; validDepositCallbackSign = MD5(params + "&" + MD5(appkey))'),
    ('q10pay', 'Q10Pay.cpp', 57, (48, 60), 'pc-q10pay-cb', 'POST q10pay/callback', 186,
     'Q10Pay payment notify; validDepositCallbackSign = MD5 over the payload + API key'),
    ('h8pay', 'H8Pay.cpp', 60, (48, 59), 'pc-h8pay-cb', 'POST h8pay/deposit_cb', 187,
     'H8Pay deposit notify; validDepositCallbackSign = MD5 over the payload + API key'),
    ('sogou', 'SogouPay.cpp', 56, (51, 60), 'pc-sogou-cb', 'POST sogou/callback', 122,
     'Sogou game SDK payment notify; validDepositCallbackSign = MD5 over params + appkey'),
]:
    why = (what + '; CPayBase::doDepositCallback returns before crediting the order when it is false. '
           'Recomputed signature compared with strcasecmp (line %d) -> not constant time.' % cmp_line)
    route(plugin, src, h, regs, 'yes', 'yes', grp, rt, why)
    sc(R, PL + plugin + '/' + src, cmp_line, 'no',
       'Payment-notify signature (MD5/HMAC with the SDK key) compared with strcasecmp in validDepositCallbackSign; '
       'early-exit compare of a MAC.')

# --- verified withdraw (credit) callbacks
for plugin, src, h, regs, grp, rt, cmp_line in [
    ('q10pay', 'Q10Pay.cpp', 67, (50, 62), 'pc-q10pay-wcb', 'POST q10pay/withdraw_cb', 343),
    ('h8pay', 'H8Pay.cpp', 70, (50, 61), 'pc-h8pay-wcb', 'POST h8pay/withdraw_cb', 340),
]:
    why = ('Payout (withdraw) result notify from the payment platform; doWithdrawCB -> CPayBase::doCreditCallback, '
           'which stops (err_creditCallbackSignMismatch) unless validCreditCallbackSign (MD5 + API key, strcasecmp at '
           'line %d) succeeds.' % cmp_line)
    route(plugin, src, h, regs, 'yes', 'yes', grp, rt, why)
    sc(R, PL + plugin + '/' + src, cmp_line, 'no',
       'Withdraw-callback signature (MD5 with the API key) compared with strcasecmp in validCreditCallbackSign; not constant time.')

# --- verified old-style (CPayWrapper) callbacks
for plugin, src, h, regs, grp, rt, call_line, cmp_line in [
    ('apizza', 'apizza.cpp', 401, (48, 60), 'pc-apizza-cb', 'POST apizza/callback', 436, 513),
    ('pay77', 'Pay77.cpp', 287, (48, 60), 'pc-pay77-cb', 'POST pay77/callback', 322, 391),
]:
    why = ('Payment notify from the %s platform; doCallback calls its ValidPayCallbackSign (line %d) and returns on a '
           'non-zero result before _deal_notify. The MD5 over the fields + signkey is compared with CMyString != '
           '(line %d) -> not constant time.' % (plugin, call_line, cmp_line))
    route(plugin, src, h, regs, 'yes', 'yes', grp, rt, why)
    sc(R, PL + plugin + '/' + src, cmp_line, 'no',
       'Callback signature (MD5 with the merchant signkey) compared with CMyString operator!= in ValidPayCallbackSign; '
       'early-exit compare of a MAC.')

# --- unverified deposit callbacks
route('gmpay', 'GMPay.cpp', 153, (49, 58), 'yes', 'no', 'pc-gmpay-cb', 'POST gmpay/callback',
      'GM pay deposit notify (own copy of the callback flow): it calls validDepositCallbackSign, but '
      'CPluginGMPay::validDepositCallbackSign (GMPay.cpp:451) is `return true;`, and doParseDepositCallback sets '
      'depositedOK = true unconditionally, so any caller that passes the IP allow-list credits the order.' + IPNOTE)
route('dummy', 'DummyStub.cpp', 59, (48, 57), 'yes', 'no', 'pc-dummy-cb', 'POST dummy/callback',
      'Dummy/stub SDK deposit callback (built by default: dummy is not in plugins/Makefile EXCLUDE_DIRS); goes through '
      'CPayBase::doDepositCallback with validDepositCallbackSign (DummyStub.cpp:156) = `return true;`.' + IPNOTE)
why_dw = ('DotWallet (crypto payment) %s notify: doDepositCB/doWithdrawCB forward to CPayBase::doDepositCallback / '
          'doCreditCallback, which gate on validDepositCallbackSign / validCreditCallbackSign (DotWalletPay.cpp:%d). Those '
          'verify an ECDSA secp256k1 signature over `payload`, but against the public key taken from the same request '
          '(`pubkey` parameter, line %d), not a configured DotWallet key: anyone can sign a forged payload with their own '
          'key pair, so the sender is not authenticated.' + IPNOTE)
route('dotwallet', 'DotWalletPay.cpp', 304, (50, 62), 'yes', 'no', 'pc-dotwallet-cb', 'POST dotwalletpay/callback',
      why_dw % ('deposit', 881, 885))
route('dotwallet', 'DotWalletPay.cpp', 369, (52, 64), 'yes', 'no', 'pc-dotwallet-wcb', 'POST dotwalletpay/withdraw_cb',
      why_dw % ('withdraw', 1406, 1410))

# --- non-webhook routes (deposit/withdraw requests from the game side)
for plugin, src, h, regs, grp, rt in [
    ('360pay', '360Pay.cpp', 50, (48, 57), 'pc-360pay-pay', '360pay/pay'),
    ('baidu', 'BaiduPay.cpp', 52, (49, 58), 'pc-baidu-pay', 'baidu/pay'),
    ('xiaomi', 'XiaomiPay.cpp', 52, (47, 56), 'pc-xiaomi-pay', 'xiaomi/pay'),
    ('q10pay', 'Q10Pay.cpp', 52, (47, 59), 'pc-q10pay-pay', 'q10pay/pay'),
    ('h8pay', 'H8Pay.cpp', 55, (47, 58), 'pc-h8pay-pay', 'h8pay/deposit'),
    ('gmpay', 'GMPay.cpp', 57, (48, 57), 'pc-gmpay-pay', 'gmpay/pay'),
    ('apizza', 'apizza.cpp', 156, (47, 59), 'pc-apizza-pay', 'apizza/pay'),
    ('dotwallet', 'DotWalletPay.cpp', 259, (49, 61), 'pc-dotwallet-pay', 'dotwalletpay/pay'),
]:
    route(plugin, src, h, regs, 'no', 'yes', grp, rt, why_payreq)
why_wd = ('Withdraw (payout) request from the game server (signed with the game merchantKey, token checked); outbound '
          'payout to the platform, not a callback.')
route('q10pay', 'Q10Pay.cpp', 62, (49, 61), 'no', 'yes', 'pc-q10pay-wd', 'q10pay/withdraw', why_wd)
route('h8pay', 'H8Pay.cpp', 65, (49, 60), 'no', 'yes', 'pc-h8pay-wd', 'h8pay/withdraw', why_wd)
route('dotwallet', 'DotWalletPay.cpp', 309, (51, 63), 'no', 'yes', 'pc-dotwallet-wd', 'dotwalletpay/withdraw', why_wd)
route('dotwallet', 'DotWalletPay.cpp', 374, (53, 65), 'no', 'yes', 'pc-dotwallet-rate', 'dotwalletpay/getrate',
      'Returns the cached coin exchange rate to the game side; not a callback.')
route('vivo', 'VivoPay.cpp', 58, (51, 61), 'no', 'yes', 'pc-vivo-sign', 'vivo/sign',
      'Helper for the game client: returns a signed vivo order string; not a callback.')

# --- secret compares in CPayBase (requests from game servers)
sc(R, BASE, 699, 'no', 'checkDepositVerifySign: request sign (MD5 with the game merchantKey) compared with strcasecmp; not constant time.')
sc(R, BASE, 1183, 'no', 'checkCreditVerifySign: request sign (MD5 with the game merchantKey) compared with strcasecmp; not constant time.')
sc(R, BASE, 2579, 'no', 'validCreditParam: withdraw-request sign (MD5 with merchantKey) compared with strcasecmp; not constant time.')
sc(R, BASE, 2685, 'no', 'validCreditToken: one-time withdraw token stored in redis compared with the request token via strcasecmp; '
   'secret token, not constant time.')
sc(R, BASE, 3131, 'no', 'validQueryParam: query sign (MD5 with merchantKey) compared with strcasecmp; not constant time.')
# --- tricky non-secret compares
sc(R, BASE, 2369, 'yes', 'Game server HTTP response body compared with "success"; not a secret.', NS)
sc(R, PL + '360pay/360Pay.cpp', 83, 'yes', 'gateway_flag parameter compared with "success" (payment status); not a secret.', NS)
sc(R, PL + 'baidu/BaiduPay.cpp', 85, 'yes', 'Payment status flag compared with "success"; not a secret.', NS)
sc(R, PL + 'xiaomi/XiaomiPay.cpp', 86, 'yes', 'Trade status compared with "TRADE_SUCCESS"; not a secret.', NS)
sc(R, PL + 'apizza/apizza.cpp', 447, 'yes', 'paystatus parameter compared with "1"; not a secret.', NS)
sc(R, PL + 'q10pay/Q10Pay.cpp', 112, 'yes', 'Platform response code compared with "200"; not a secret.', NS)

# --- back-office / game-server routes of the withdraw and apple plugins (all non-webhook)
W = PL + 'withdraw/'
why_w = ('Withdraw workflow call from the game server / back office (valid_req: MD5 sign with the game merchantKey when '
         'enabled); not a callback from another system.')
for h, reg, imp, grp, rt in [(161, 48, 58, 'pc-wd-request', 'withdraw/request'), (246, 49, 59, 'pc-wd-audit', 'withdraw/audit'),
                             (359, 50, 60, 'pc-wd-credit', 'withdraw/credit')]:
    neg(R, W + 'Withdraw.cpp', h, grp, rt, why_w + ' Handler.')
    neg(R, W + 'Plugin.cpp', reg, grp, rt, why_w + ' Registration (REG_CGI).')
    neg(R, W + 'Plugin.cpp', imp, grp, rt, why_w + ' Exported entry (ENTRY_FUNC_IMPLEMENT).')
sc(R, W + 'Withdraw.cpp', 533, 'no', 'valid_req: request sign (MD5 with the game merchantKey) compared with CMyString != ; not constant time.')
sc(R, W + 'Withdraw.cpp', 732, 'yes', 'Allow-list entry compared with the wildcard "0.0.0.0"; not a secret.', NS)
sc(R, PL + 'q10pay/Q10Pay.cpp', 261, 'yes', 'Withdraw response code compared with "200"; not a secret.', NS)
sc(R, W + 'Withdraw.cpp', 738, 'yes', 'Client IP compared with an allow-list entry; not a secret.', NS)
AP = PL + 'apple/'
for h, reg, imp, grp, rt, what in [
    (83, 47, 56, 'pc-apple-pay', 'apple/pay', 'Apple IAP order creation requested by the game side; not a callback.'),
    (89, 48, 57, 'pc-apple-verify', 'apple/verify',
     'The game client/server submits an App Store receipt for server-side verification with Apple; initiated by the '
     'game, not a notification from Apple.'),
]:
    neg(R, AP + 'ApplePay.cpp', h, grp, rt, what + ' Handler.')
    neg(R, AP + 'Plugin.cpp', reg, grp, rt, what + ' Registration (REG_CGI).')
    neg(R, AP + 'Plugin.cpp', imp, grp, rt, what + ' Exported entry (ENTRY_FUNC_IMPLEMENT).')

# ---------------- marcho4/TicketsPreOrderService: PaymentService (cpp-httplib, C++20, libpqxx) ----------------
R = 'marcho4/TicketsPreOrderService'
M = 'PaymentService/main.cpp'
A = 'PaymentService/src/api/'
why = ('Payment-status webhook from the payment provider (WebhookMockService plays the provider): '
       'WebhookWorker::ProcessWebhookRequest parses payment_id/status from the JSON body and writes the status into '
       'PaymentsSchema.Payments without any signature, secret or token check.')
wh(R, A + 'webhook/WebhookWorker.cpp', 11, 'yes', 'no', 'tp-payments-webhook', 'POST /payments/webhook', why,
   'Handler (in another file, called from the route lambda).')
wh(R, M, 53, 'yes', 'no', 'tp-payments-webhook', 'POST /payments/webhook', why,
   'Registration: server.Post("/payments/webhook", lambda) -> WebhookWorker::ProcessWebhookRequest.')
for line, hfile, hline, grp, rt, what in [
    (48, 'payments_operations/PaymentCreator.cpp', 3, 'tp-payments-create', 'POST /payments/create',
     'Creates a payment for a user order (called by the front end); not a callback.'),
    (58, 'payments_operations/OperationState.cpp', 17, 'tp-payments-status', 'POST /payments/:id/status',
     'Payment status lookup for the client; not a callback.'),
    (63, 'payments_operations/PaymentRefund.cpp', 19, 'tp-payments-refund', 'POST /payments/:id/refund',
     'Refund request from the platform; not a callback.'),
    (68, None, None, 'tp-user-payments', 'GET /user/:id/payments', 'Lists a user\'s payments; REST read.'),
    (73, None, None, 'tp-user-refunds', 'GET /user/:id/refunds', 'Lists a user\'s refunds; REST read.'),
    (78, 'providers/AddPaymentProvider.cpp', 22, 'tp-provider-add', 'POST /payments/provider/add',
     'Admin-style registration of a payment provider; not a callback.'),
    (83, None, None, 'tp-providers', 'GET /payments/providers', 'Lists payment providers; REST read.'),
]:
    neg(R, M, line, grp, rt, what + ' Registration + route lambda.')
    if hfile:
        neg(R, A + hfile, hline, grp, rt, what + ' Handler.')

_labels.write(__file__, 'webhook26')
