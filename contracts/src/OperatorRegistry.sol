// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.28;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {IOperatorRegistry} from "./Interfaces.sol";

/// @title OperatorRegistry: KeyStake operators, their fees and their earnings.
/// @notice An operator registers its node's identity key (ed25519), its share
/// encryption key (X25519, HPKE), the ECDSA address that signs its approvals,
/// a fee per block and per validator in the fee token, and free metadata.
/// Fee increases are declared and executed after a delay; decreases apply at
/// once. The contract also holds the fee token for the validator registry:
/// validator owners' deposits arrive here, operators withdraw what their
/// validators paid them per block, and the registry pays refunds out of it.
/// @dev An operator's earnings follow an index: `index` grows by the fee every
/// block, so a validator owes the sum over its operators of how far their
/// indexes moved; `earnings` grows by fee times validator count every block.
/// Both are settled ("snapshotted") before the fee or the count changes.
contract OperatorRegistry is AccessControl, ReentrancyGuard, IOperatorRegistry {
    using SafeERC20 for IERC20;

    /// @notice Sets operators' DAO-verified flag.
    bytes32 public constant DAO_ROLE = keccak256("DAO_ROLE");
    /// @notice Held by the validator registry: changes validator counts and pays refunds.
    bytes32 public constant VALIDATOR_REGISTRY_ROLE = keccak256("VALIDATOR_REGISTRY_ROLE");

    struct Operator {
        address owner;
        address signer;
        bytes32 identityKey;
        bytes32 encryptionKey;
        uint256 feePerBlock;
        bool verified;
        bool active;
        uint32 validatorCount;
        // Settled accounting at block `snapshotBlock`.
        uint64 snapshotBlock;
        uint256 index;
        uint256 earnings;
        // Declared fee increase.
        uint256 pendingFee;
        uint64 pendingFeeAt;
        string metadata;
    }

    /// @notice The ERC-20 token fees are paid in.
    IERC20 public immutable feeToken;
    /// @notice Seconds between declaring a fee increase and executing it.
    uint64 public immutable feeChangeDelay;
    /// @notice Highest fee per block an operator may ask.
    uint256 public immutable maxFeePerBlock;
    /// @notice How many validators one operator may serve.
    uint32 public maxValidatorsPerOperator;
    /// @notice Id of the last registered operator (ids start at 1).
    uint64 public lastOperatorId;

    mapping(uint64 => Operator) private _operators;
    mapping(bytes32 => uint64) private _byIdentityKey;

    event OperatorRegistered(
        uint64 indexed id,
        address indexed owner,
        bytes32 identityKey,
        bytes32 encryptionKey,
        address signer,
        uint256 feePerBlock,
        string metadata
    );
    event OperatorMetadataChanged(uint64 indexed id, string metadata);
    event OperatorFeeDeclared(uint64 indexed id, uint256 fee, uint64 executableAt);
    event OperatorFeeDeclarationCancelled(uint64 indexed id);
    event OperatorFeeChanged(uint64 indexed id, uint256 oldFee, uint256 newFee);
    event OperatorVerified(uint64 indexed id, bool verified);
    event OperatorRemoved(uint64 indexed id);
    event EarningsWithdrawn(uint64 indexed id, address indexed to, uint256 amount);
    event MaxValidatorsPerOperatorChanged(uint32 max);

    error InvalidKey();
    error KeyAlreadyRegistered(bytes32 identityKey);
    error FeeTooHigh(uint256 fee, uint256 max);
    error NotOperatorOwner(uint64 id, address caller);
    error OperatorNotActive(uint64 id);
    error NoFeeDeclared(uint64 id);
    error FeeChangeTooEarly(uint64 id, uint64 executableAt);
    error NotAnIncrease(uint256 oldFee, uint256 newFee);
    error NotADecrease(uint256 oldFee, uint256 newFee);
    error OperatorFull(uint64 id, uint32 max);
    error InsufficientEarnings(uint64 id, uint256 available, uint256 requested);
    error ZeroAddress();

    /// @param token The fee token.
    /// @param delay Seconds a fee increase waits between declaration and execution.
    /// @param maxFee The highest fee per block and validator.
    /// @param maxValidators The initial per-operator validator cap.
    /// @param admin Receives DEFAULT_ADMIN_ROLE and DAO_ROLE.
    constructor(IERC20 token, uint64 delay, uint256 maxFee, uint32 maxValidators, address admin) {
        if (address(token) == address(0) || admin == address(0)) revert ZeroAddress();
        feeToken = token;
        feeChangeDelay = delay;
        maxFeePerBlock = maxFee;
        maxValidatorsPerOperator = maxValidators;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(DAO_ROLE, admin);
    }

    modifier onlyOperatorOwner(uint64 id) {
        if (_operators[id].owner != msg.sender) revert NotOperatorOwner(id, msg.sender);
        if (!_operators[id].active) revert OperatorNotActive(id);
        _;
    }

    // ---- Registration and settings ----

    /// @notice Registers msg.sender as a new operator and returns its id.
    /// @dev Reverts with InvalidKey on a zero key or signer, KeyAlreadyRegistered
    /// if the identity key is taken, FeeTooHigh above maxFeePerBlock.
    function registerOperator(
        bytes32 identityKey,
        bytes32 encryptionKey,
        address signer,
        uint256 feePerBlock,
        string calldata metadata
    ) external returns (uint64 id) {
        if (identityKey == bytes32(0) || encryptionKey == bytes32(0) || signer == address(0)) revert InvalidKey();
        if (_byIdentityKey[identityKey] != 0) revert KeyAlreadyRegistered(identityKey);
        if (feePerBlock > maxFeePerBlock) revert FeeTooHigh(feePerBlock, maxFeePerBlock);
        id = ++lastOperatorId;
        Operator storage op = _operators[id];
        op.owner = msg.sender;
        op.signer = signer;
        op.identityKey = identityKey;
        op.encryptionKey = encryptionKey;
        op.feePerBlock = feePerBlock;
        op.active = true;
        op.snapshotBlock = uint64(block.number);
        op.metadata = metadata;
        _byIdentityKey[identityKey] = id;
        emit OperatorRegistered(id, msg.sender, identityKey, encryptionKey, signer, feePerBlock, metadata);
    }

    /// @notice The operator's owner replaces its metadata.
    function setMetadata(uint64 id, string calldata metadata) external onlyOperatorOwner(id) {
        _operators[id].metadata = metadata;
        emit OperatorMetadataChanged(id, metadata);
    }

    /// @notice The operator's owner declares a fee increase, executable after feeChangeDelay.
    /// @dev A new declaration replaces the previous one and restarts the delay.
    function declareFee(uint64 id, uint256 fee) external onlyOperatorOwner(id) {
        Operator storage op = _operators[id];
        if (fee > maxFeePerBlock) revert FeeTooHigh(fee, maxFeePerBlock);
        if (fee <= op.feePerBlock) revert NotAnIncrease(op.feePerBlock, fee);
        op.pendingFee = fee;
        op.pendingFeeAt = uint64(block.timestamp) + feeChangeDelay;
        emit OperatorFeeDeclared(id, fee, op.pendingFeeAt);
    }

    /// @notice The operator's owner applies its declared fee once the delay has passed.
    function executeFee(uint64 id) external onlyOperatorOwner(id) {
        Operator storage op = _operators[id];
        if (op.pendingFeeAt == 0) revert NoFeeDeclared(id);
        if (block.timestamp < op.pendingFeeAt) revert FeeChangeTooEarly(id, op.pendingFeeAt);
        uint256 fee = op.pendingFee;
        op.pendingFee = 0;
        op.pendingFeeAt = 0;
        _setFee(id, op, fee);
    }

    /// @notice The operator's owner withdraws its declared fee increase.
    function cancelFee(uint64 id) external onlyOperatorOwner(id) {
        Operator storage op = _operators[id];
        if (op.pendingFeeAt == 0) revert NoFeeDeclared(id);
        op.pendingFee = 0;
        op.pendingFeeAt = 0;
        emit OperatorFeeDeclarationCancelled(id);
    }

    /// @notice The operator's owner lowers its fee, effective from this block.
    function reduceFee(uint64 id, uint256 fee) external onlyOperatorOwner(id) {
        Operator storage op = _operators[id];
        if (fee >= op.feePerBlock) revert NotADecrease(op.feePerBlock, fee);
        _setFee(id, op, fee);
    }

    /// @notice The operator's owner removes the operator: it takes no new
    /// validators and charges nothing from this block; earned fees stay withdrawable.
    function removeOperator(uint64 id) external onlyOperatorOwner(id) {
        Operator storage op = _operators[id];
        _snapshot(op);
        emit OperatorFeeChanged(id, op.feePerBlock, 0);
        op.feePerBlock = 0;
        op.pendingFee = 0;
        op.pendingFeeAt = 0;
        op.active = false;
        emit OperatorRemoved(id);
    }

    /// @notice DAO only: sets operator `id`'s verified flag.
    function setVerified(uint64 id, bool verified) external onlyRole(DAO_ROLE) {
        if (!_operators[id].active) revert OperatorNotActive(id);
        _operators[id].verified = verified;
        emit OperatorVerified(id, verified);
    }

    /// @notice Admin only: sets the per-operator validator cap (existing validators stay).
    function setMaxValidatorsPerOperator(uint32 max) external onlyRole(DEFAULT_ADMIN_ROLE) {
        maxValidatorsPerOperator = max;
        emit MaxValidatorsPerOperatorChanged(max);
    }

    // ---- Earnings ----

    /// @notice The operator's owner withdraws `amount` of its earnings to `to`.
    function withdrawEarnings(uint64 id, uint256 amount, address to) external nonReentrant {
        Operator storage op = _operators[id];
        if (op.owner != msg.sender) revert NotOperatorOwner(id, msg.sender);
        if (to == address(0)) revert ZeroAddress();
        _snapshot(op);
        if (amount > op.earnings) revert InsufficientEarnings(id, op.earnings, amount);
        op.earnings -= amount;
        feeToken.safeTransfer(to, amount);
        emit EarningsWithdrawn(id, to, amount);
    }

    /// @notice Operator `id`'s earnings not yet withdrawn, up to this block.
    function earningsOf(uint64 id) external view returns (uint256) {
        Operator storage op = _operators[id];
        return op.earnings + (block.number - op.snapshotBlock) * op.feePerBlock * op.validatorCount;
    }

    // ---- Called by the validator registry ----

    /// @notice Validator registry only: adds one validator to each operator in
    /// `ids` and returns the sum of their current indexes and of their fees.
    /// @dev Reverts with OperatorNotActive or OperatorFull.
    function addValidator(uint64[] calldata ids)
        external
        onlyRole(VALIDATOR_REGISTRY_ROLE)
        returns (uint256 sum, uint256 burnRate)
    {
        uint32 max = maxValidatorsPerOperator;
        for (uint256 i = 0; i < ids.length; i++) {
            Operator storage op = _operators[ids[i]];
            if (!op.active) revert OperatorNotActive(ids[i]);
            if (op.validatorCount >= max) revert OperatorFull(ids[i], max);
            _snapshot(op);
            op.validatorCount++;
            sum += op.index;
            burnRate += op.feePerBlock;
        }
    }

    /// @notice Validator registry only: removes one validator from each
    /// operator in `ids` and returns the sum of their current indexes.
    function removeValidator(uint64[] calldata ids)
        external
        onlyRole(VALIDATOR_REGISTRY_ROLE)
        returns (uint256 sum)
    {
        for (uint256 i = 0; i < ids.length; i++) {
            Operator storage op = _operators[ids[i]];
            _snapshot(op);
            op.validatorCount--;
            sum += op.index;
        }
    }

    /// @notice Validator registry only: pays `amount` of the fee token to `to`.
    function payOut(address to, uint256 amount) external onlyRole(VALIDATOR_REGISTRY_ROLE) {
        feeToken.safeTransfer(to, amount);
    }

    // ---- Views ----

    /// @notice The sum of the current indexes and of the fees of operators `ids`.
    function indexSum(uint64[] calldata ids) external view returns (uint256 sum, uint256 burnRate) {
        for (uint256 i = 0; i < ids.length; i++) {
            Operator storage op = _operators[ids[i]];
            sum += op.index + (block.number - op.snapshotBlock) * op.feePerBlock;
            burnRate += op.feePerBlock;
        }
    }

    /// @notice Operator `id`'s public record.
    function getOperator(uint64 id)
        external
        view
        returns (
            address owner,
            address signer,
            bytes32 identityKey,
            bytes32 encryptionKey,
            uint256 feePerBlock,
            bool verified,
            bool active,
            uint32 validatorCount,
            string memory metadata
        )
    {
        Operator storage op = _operators[id];
        return (
            op.owner,
            op.signer,
            op.identityKey,
            op.encryptionKey,
            op.feePerBlock,
            op.verified,
            op.active,
            op.validatorCount,
            op.metadata
        );
    }

    /// @notice The declared fee increase of operator `id` and when it becomes executable (0 if none).
    function pendingFeeOf(uint64 id) external view returns (uint256 fee, uint64 executableAt) {
        return (_operators[id].pendingFee, _operators[id].pendingFeeAt);
    }

    /// @inheritdoc IOperatorRegistry
    function ownerOf(uint64 id) external view returns (address) {
        return _operators[id].owner;
    }

    /// @inheritdoc IOperatorRegistry
    function isActive(uint64 id) external view returns (bool) {
        return _operators[id].active;
    }

    /// @inheritdoc IOperatorRegistry
    function isVerified(uint64 id) external view returns (bool) {
        return _operators[id].active && _operators[id].verified;
    }

    /// @inheritdoc IOperatorRegistry
    function signerOf(uint64 id) external view returns (address) {
        return _operators[id].signer;
    }

    // ---- Internal ----

    function _snapshot(Operator storage op) private {
        uint256 blocks = block.number - op.snapshotBlock;
        if (blocks == 0) return;
        op.index += blocks * op.feePerBlock;
        op.earnings += blocks * op.feePerBlock * op.validatorCount;
        op.snapshotBlock = uint64(block.number);
    }

    function _setFee(uint64 id, Operator storage op, uint256 fee) private {
        _snapshot(op);
        emit OperatorFeeChanged(id, op.feePerBlock, fee);
        op.feePerBlock = fee;
    }
}
