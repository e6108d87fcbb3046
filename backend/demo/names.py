"""Word lists for the demo data: Chinese and English company and person names, and the
vocabulary of a sales team (industries, sources, tags, activity subjects).

Made-up combinations only: any resemblance to a real company is a coincidence of common words.
"""

from __future__ import annotations

import random

ZH_CITIES = ("北京", "上海", "深圳", "杭州", "广州", "成都", "南京", "武汉", "苏州", "西安",
             "天津", "重庆", "青岛", "厦门", "长沙", "合肥", "宁波", "无锡", "郑州", "大连")
ZH_CORES = ("华信", "启明", "恒通", "博远", "星辰", "鼎盛", "瑞丰", "天元", "金桥", "海纳",
            "云帆", "腾跃", "中科", "新航", "远景", "宏图", "卓越", "嘉禾", "盛世", "同创",
            "九州", "蓝海", "青松", "明德", "万象", "正和", "弘毅", "凯瑞", "东方", "润泽")
ZH_TRADES = ("科技", "贸易", "物流", "医疗器械", "信息技术", "电子", "食品", "教育科技",
             "建筑工程", "新能源", "生物医药", "文化传媒", "智能制造", "软件", "咨询")
ZH_SUFFIXES = ("有限公司", "有限公司", "有限公司", "股份有限公司", "集团有限公司")
ZH_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐"
               "许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁")
ZH_GIVEN = ("伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明",
            "超", "秀英", "桂英", "丽", "强", "平", "刚", "晨", "浩然", "子涵", "欣怡", "宇轩",
            "梓萱", "思远", "雨桐", "建国", "海燕", "志强", "婷", "鹏", "晓东", "佳琪")
ZH_TITLES = ("总经理", "采购经理", "技术总监", "财务主管", "市场经理", "行政主管", "董事长",
             "运营总监", "项目经理", "销售副总")

EN_CORES = ("Acme", "Blue Harbor", "Northwind", "Summit", "Evergreen", "Silverline", "Redwood",
            "Brightpath", "Ironbridge", "Cedar", "Falcon", "Granite", "Horizon", "Keystone",
            "Lakeside", "Meridian", "Oakridge", "Pinnacle", "Riverstone", "Sterling", "Trident",
            "Vanguard", "Westbrook", "Zenith", "Atlas", "Beacon", "Crescent", "Driftwood")
EN_TRADES = ("Technologies", "Logistics", "Trading", "Medical", "Software", "Foods",
             "Energy", "Consulting", "Manufacturing", "Media", "Robotics", "Analytics")
EN_SUFFIXES = ("Inc.", "Ltd.", "LLC", "Co., Ltd.", "Corp.", "GmbH")
EN_FIRST = ("James", "Mary", "John", "Patricia", "Robert", "Jennifer", "Michael", "Linda",
            "David", "Elizabeth", "William", "Susan", "Richard", "Jessica", "Thomas", "Sarah",
            "Daniel", "Karen", "Matthew", "Emily", "Anthony", "Olivia", "Mark", "Sophie",
            "Lucas", "Hannah", "Noah", "Chloe", "Ethan", "Grace")
EN_LAST = ("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
           "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Lee", "Walker", "Hall",
           "Young", "King", "Wright", "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell")
EN_TITLES = ("CEO", "Purchasing Manager", "CTO", "Finance Lead", "Marketing Manager",
             "Office Manager", "Operations Director", "Project Manager", "VP Sales")
EN_STREETS = ("Main St", "Oak Ave", "Harbor Rd", "King St", "Market St", "Park Lane")
ZH_STREETS = ("人民路", "中山路", "解放大道", "建设路", "科技园路", "滨江大道")

INDUSTRIES = ("software", "manufacturing", "retail", "healthcare", "education", "logistics",
              "finance", "energy", "media", "construction", "food", "consulting")
SOURCES = ("website", "referral", "trade_show", "cold_call", "partner", "advertising",
           "social_media", "inbound_call")
TAGS = ("重点客户", "VIP", "老客户", "待跟进", "展会线索", "大客户", "续约", "高潜力", "渠道",
        "政府", "Key account", "Trade show", "Renewal", "Partner lead", "High potential",
        "Enterprise", "SMB", "Startup", "Referral", "Churn risk", "Upsell", "Newsletter")
STAGES = (("lead", 40), ("prospect", 25), ("customer", 30), ("churned", 5))
LEVELS = (("A", 15), ("B", 35), ("C", 50))
WEBSITE_TLDS = (".com", ".cn", ".com.cn", ".io", ".net")
NEEDS_ZH = ("需要报价单和交付周期", "关注售后服务响应时间", "预算审批中，下季度采购",
            "希望试用三个月", "需要私有化部署方案", "对价格敏感，比较三家供应商")
NEEDS_EN = ("Wants a quote with delivery times", "Cares about support response times",
            "Budget approval pending, buying next quarter", "Asks for a three-month trial",
            "Needs an on-premises deployment", "Price sensitive, comparing three vendors")
CHANNELS = ("phone", "email", "wechat", "visit")
TIMES = ("morning", "afternoon", "evening", "weekdays")
ACTIVITY_KINDS = ("note", "call", "meeting", "email", "task")
ACTIVITY_ZH = ("电话沟通需求", "上门拜访", "发送报价", "产品演示", "合同条款确认", "回访满意度")
ACTIVITY_EN = ("Call about requirements", "On-site visit", "Sent the quote", "Product demo",
               "Contract terms review", "Satisfaction follow-up")
COMMENTS_ZH = ("客户反馈不错，下周再跟进。", "价格还需要再谈。", "已经安排技术支持。")
COMMENTS_EN = ("Good feedback, follow up next week.", "Price still under discussion.",
               "Technical support is scheduled.")


def weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def zh_person(rng: random.Random) -> str:
    return rng.choice(ZH_SURNAMES) + rng.choice(ZH_GIVEN)


def en_person(rng: random.Random) -> str:
    return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"


def zh_company(rng: random.Random) -> str:
    return (rng.choice(ZH_CITIES) + rng.choice(ZH_CORES) + rng.choice(ZH_TRADES)
            + rng.choice(ZH_SUFFIXES))


def en_company(rng: random.Random) -> str:
    return f"{rng.choice(EN_CORES)} {rng.choice(EN_TRADES)} {rng.choice(EN_SUFFIXES)}"


def zh_mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"


def en_phone(rng: random.Random) -> str:
    return f"+1 {rng.randrange(200, 1000)}-555-{rng.randrange(10**4):04d}"


def slug(rng: random.Random, chinese: bool) -> str:
    """A made-up domain name."""
    if chinese:
        letters = "abcdefghijklmnopqrstuvwxyz"
        return "".join(rng.choice(letters) for _ in range(rng.randrange(5, 9)))
    return rng.choice(EN_CORES).lower().replace(" ", "") + str(rng.randrange(10, 999))
