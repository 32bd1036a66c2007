import strawberry


@strawberry.type
class EstateQueries:
    # Temporary: replaced by the estates GraphQL work (communities, buildings, houses, statistics).
    estates_pending: bool = False
