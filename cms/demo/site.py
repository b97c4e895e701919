"""Site-wide demo data: the home picture and the demo log-ins."""

HOME_IMAGE_ALT = {
    "en": "Illustration of a city skyline at dusk with lit windows",
    "zh-hans": "黄昏时分城市天际线的插图，窗户亮着灯",
    "ar": "رسم توضيحي لأفق مدينة عند الغسق ونوافذها مضاءة",
    "ru": "Иллюстрация: силуэт города в сумерках со светящимися окнами",
    "es": "Ilustración del perfil de una ciudad al atardecer con ventanas iluminadas",
    "fr": "Illustration d'une ligne d'horizon urbaine au crépuscule, fenêtres allumées",
}

# Shown by seed_demo and listed in the README; created only when DEBUG is on.
DEMO_PASSWORD = "talent-portal-demo"  # noqa: S105
SUPERUSER_EMAIL = "admin@example.com"
CITY_ROLES = ("editor", "moderator")
