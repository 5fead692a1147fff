"""着信転送サービスがサポートしていない機能(FWD-6)の説明文。"""

MESSAGES = {
    "the service supports {feature}": "着信転送サービスは{feature}に対応している",
    "the service does not support {feature}": "着信転送サービスは{feature}をサポートしていない",
    "Does call forwarding support {feature}?": "着信転送サービスは{feature}に対応しているか",
    "transfer after answering": "応答後転送",
    "forwarding announcements": "転送トーキ",
    "announcing the forwarding line": "転送元案内",
    "always sending the forwarding line's number": "転送元番号常時通知",
    "the forwarding-line number receiving service": "転送元電話番号受信サービス",
    "control by the stimulus protocol": "スティミラスプロトコルによる操作",
    "control by DTMF (tone) signals": "DTMF(プッシュボタン)信号による操作",
}
